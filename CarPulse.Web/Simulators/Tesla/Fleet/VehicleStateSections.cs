using System.Text.Json.Nodes;
using CarPulse.Web.Simulators.Tesla.Fixtures;

namespace CarPulse.Web.Simulators.Tesla.Fleet;

/// <summary><c>vehicle_config</c>, <c>vehicle_state</c> and <c>closures_state</c>: odometer in miles, tyre pressures in bar.</summary>
internal static class VehicleStateSections
{
    public static JsonObject VehicleConfig(SimulatedVehicle vehicle, DateTimeOffset now)
    {
        var trim = vehicle.Trim;
        var premium = trim.Model is "Model S" or "Model X";
        var rule = vehicle.EuVehicle ? LocalTimeRule.EasternEurope : LocalTimeRule.UsPacific;
        return new JsonObject
        {
            ["aux_park_lamps"] = vehicle.EuVehicle ? "Eu" : "NaPremium",
            ["badge_version"] = 0,
            ["can_accept_navigation_requests"] = true,
            ["can_actuate_trunks"] = true,
            ["car_special_type"] = "base",
            ["car_type"] = trim.CarType,
            ["charge_port_type"] = vehicle.EuVehicle ? "CCS" : "US",
            ["cop_user_set_temp_supported"] = true,
            ["dashcam_clip_save_supported"] = true,
            ["default_charge_to_max"] = false,
            ["driver_assist"] = vehicle.ModelYear >= 2023 ? "TeslaAP4" : "TeslaAP3",
            ["ece_restrictions"] = vehicle.EuVehicle,
            ["efficiency_package"] = $"{trim.Model.Replace("Model ", "M", StringComparison.Ordinal)}{vehicle.ModelYear}",
            ["eu_vehicle"] = vehicle.EuVehicle,
            ["exterior_color"] = vehicle.Paint.ExteriorColor,
            ["exterior_trim"] = vehicle.ModelYear < 2021 ? "Chrome" : "Black",
            ["exterior_trim_override"] = string.Empty,
            ["has_air_suspension"] = premium,
            ["has_ludicrous_mode"] = false,
            ["has_seat_cooling"] = premium || vehicle.ModelYear >= 2024,
            ["headlamp_type"] = "Premium",
            ["interior_trim_type"] = "Black",
            ["key_version"] = 2,
            ["motorized_charge_port"] = true,
            ["paint_color_override"] = string.Empty,
            ["performance_package"] = trim.PerformancePackage,
            ["plg"] = true,
            ["pws"] = true,
            ["rear_drive_unit"] = trim.Motor == "Tri Motor" ? "PM216SIC" : "PM216MOSFET",
            ["rear_seat_heaters"] = 1,
            ["rear_seat_type"] = 0,
            ["rhd"] = false,
            ["roof_color"] = trim.Model == "Cybertruck" ? "None" : "RoofColorGlass",
            ["seat_type"] = null,
            ["spoiler_type"] = trim.PerformancePackage == "Base" ? "None" : "Passive",
            ["sun_roof_installed"] = null,
            ["supports_qr_pairing"] = vehicle.ModelYear >= 2024,
            ["third_row_seats"] = "None",
            ["timestamp"] = now.ToUnixTimeMilliseconds(),
            ["trim_badging"] = trim.TrimBadging,
            ["use_range_badging"] = true,
            ["utc_offset"] = (int)LocalTime.OffsetAt(now, rule).TotalSeconds,
            ["webcam_selfie_supported"] = vehicle.ModelYear >= 2024,
            ["webcam_supported"] = vehicle.ModelYear >= 2024,
            ["wheel_type"] = trim.Wheels.WheelType,
        };
    }

    public static JsonObject VehicleState(SimulatedVehicle vehicle, DateTimeOffset now)
    {
        var condition = vehicle.Condition;
        var tyres = condition.Tyres;
        var seen = now.ToUnixTimeSeconds() - 600;
        var state = new JsonObject
        {
            ["api_version"] = VehicleSummary.ApiVersionOf(condition.CarVersion),
            ["autopark_state_v3"] = "standby",
            ["calendar_supported"] = true,
            ["car_version"] = condition.CarVersion,
            ["center_display_state"] = 0,
            ["dashcam_clip_save_available"] = condition.DashcamState == "Recording",
            ["dashcam_state"] = condition.DashcamState,
            ["fleet_telemetry_version"] = "1.1.0",
            ["homelink_nearby"] = false,
            ["is_user_present"] = false,
            ["locked"] = condition.Locked,
            ["media_state"] = new JsonObject { ["remote_control_enabled"] = true },
            ["notifications_supported"] = true,
            ["odometer"] = condition.OdometerMiles,
            ["parsed_calendar_supported"] = true,
            ["remote_start"] = false,
            ["remote_start_enabled"] = true,
            ["remote_start_supported"] = true,
            ["santa_mode"] = 0,
            ["sentry_mode"] = condition.SentryMode,
            ["sentry_mode_available"] = true,
            ["service_mode"] = false,
            ["service_mode_plus"] = false,
            ["software_update"] = SoftwareUpdate(condition.PendingUpdate),
            ["speed_limit_mode"] = new JsonObject
            {
                ["active"] = false, ["current_limit_mph"] = 85.0, ["max_limit_mph"] = 120, ["min_limit_mph"] = 50, ["pin_code_set"] = false,
            },
            ["timestamp"] = now.ToUnixTimeMilliseconds(),
            ["valet_mode"] = condition.ValetMode,
            ["valet_pin_needed"] = false,
            ["vehicle_name"] = vehicle.DisplayName,
            ["vehicle_self_test_progress"] = 0,
            ["vehicle_self_test_requested"] = false,
            ["webcam_available"] = vehicle.ModelYear >= 2024,
        };
        foreach (var (corner, bar) in new[] { ("fl", tyres.FrontLeft), ("fr", tyres.FrontRight), ("rl", tyres.RearLeft), ("rr", tyres.RearRight) })
        {
            state[$"tpms_hard_warning_{corner}"] = false;
            state[$"tpms_last_seen_pressure_time_{corner}"] = seen;
            state[$"tpms_pressure_{corner}"] = bar;
            state[$"tpms_soft_warning_{corner}"] = bar < TyrePressures.SoftWarningBelow;
        }

        state["tpms_rcp_front_value"] = 2.9;
        state["tpms_rcp_rear_value"] = 2.9;
        Closures(state);
        return state;
    }

    public static JsonObject ClosuresState(SimulatedVehicle vehicle, DateTimeOffset now)
    {
        var closures = new JsonObject
        {
            ["is_user_present"] = false,
            ["locked"] = vehicle.Condition.Locked,
            ["sun_roof_percent_open"] = null,
            ["sun_roof_state"] = "unknown",
            ["timestamp"] = now.ToUnixTimeMilliseconds(),
        };
        Closures(closures);
        return closures;
    }

    /// <summary>Doors, trunks and windows, all closed.</summary>
    private static void Closures(JsonObject section)
    {
        foreach (var name in new[] { "df", "dr", "pf", "pr", "ft", "rt", "fd_window", "fp_window", "rd_window", "rp_window" })
        {
            section[name] = 0;
        }
    }

    private static JsonObject SoftwareUpdate(string? pending) => new()
    {
        ["download_perc"] = pending is null ? 0 : 100,
        ["expected_duration_sec"] = 2700,
        ["install_perc"] = 1,
        ["status"] = pending is null ? string.Empty : "available",
        ["version"] = pending ?? " ",
    };
}
