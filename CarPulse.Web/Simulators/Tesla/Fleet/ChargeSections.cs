using System.Text.Json.Nodes;

namespace CarPulse.Web.Simulators.Tesla.Fleet;

/// <summary><c>charge_state</c>, <c>climate_state</c>, <c>drive_state</c> and <c>gui_settings</c>: ranges in miles, temperatures in °C.</summary>
internal static class ChargeSections
{
    public static JsonObject ChargeState(SimulatedVehicle vehicle, DateTimeOffset now)
    {
        var condition = vehicle.Condition;
        var ratedAtFull = vehicle.Trim.EpaRangeMiles * (1 - condition.DegradationPercent / 100);
        var range = Math.Round(ratedAtFull * condition.UsableBatteryLevel / 100, 2);
        var milesPerKwh = vehicle.Trim.EpaRangeMiles / vehicle.Trim.BatteryKwh;
        var plugged = condition.ChargingState != "Disconnected";
        var charging = condition.ChargingState == "Charging";
        var hoursToFull = charging ? Math.Round((condition.ChargeLimitSoc - condition.BatteryLevel) / 100.0 * vehicle.Trim.BatteryKwh / condition.ChargerPowerKw, 2) : 0.0;
        return new JsonObject
        {
            ["battery_heater_on"] = false,
            ["battery_level"] = condition.BatteryLevel,
            ["battery_range"] = range,
            ["charge_amps"] = 16,
            ["charge_current_request"] = 16,
            ["charge_current_request_max"] = vehicle.EuVehicle ? 16 : 48,
            ["charge_enable_request"] = true,
            ["charge_energy_added"] = condition.ChargeEnergyAddedKwh,
            ["charge_limit_soc"] = condition.ChargeLimitSoc,
            ["charge_limit_soc_max"] = 100,
            ["charge_limit_soc_min"] = 50,
            ["charge_limit_soc_std"] = 90,
            ["charge_miles_added_ideal"] = Math.Round(condition.ChargeEnergyAddedKwh * milesPerKwh, 1),
            ["charge_miles_added_rated"] = Math.Round(condition.ChargeEnergyAddedKwh * milesPerKwh, 1),
            ["charge_port_cold_weather_mode"] = false,
            ["charge_port_door_open"] = plugged,
            ["charge_port_latch"] = plugged ? "Engaged" : "Disengaged",
            ["charge_rate"] = charging ? Math.Round(condition.ChargerPowerKw * milesPerKwh, 1) : 0.0,
            ["charger_actual_current"] = charging ? 16 : 0,
            ["charger_phases"] = charging ? 3 : null,
            ["charger_pilot_current"] = 16,
            ["charger_power"] = charging ? condition.ChargerPowerKw : 0,
            ["charger_voltage"] = charging ? 230 : 0,
            ["charging_state"] = condition.ChargingState,
            ["conn_charge_cable"] = plugged ? (vehicle.EuVehicle ? "IEC" : "SAE") : "<invalid>",
            ["est_battery_range"] = Math.Round(range * 0.92, 2),
            ["fast_charger_brand"] = "<invalid>",
            ["fast_charger_present"] = false,
            ["fast_charger_type"] = plugged ? "ACSingleWireCAN" : "<invalid>",
            ["ideal_battery_range"] = range,
            ["managed_charging_active"] = false,
            ["max_range_charge_counter"] = 0,
            ["minutes_to_full_charge"] = (int)(hoursToFull * 60),
            ["off_peak_charging_enabled"] = false,
            ["preconditioning_enabled"] = false,
            ["scheduled_charging_mode"] = "Off",
            ["scheduled_charging_pending"] = false,
            ["scheduled_charging_start_time"] = null,
            ["supercharger_session_trip_planner"] = false,
            ["time_to_full_charge"] = hoursToFull,
            ["timestamp"] = now.ToUnixTimeMilliseconds(),
            ["trip_charging"] = false,
            ["usable_battery_level"] = condition.UsableBatteryLevel,
            ["user_charge_enable_request"] = null,
        };
    }

    public static JsonObject ClimateState(SimulatedVehicle vehicle, DateTimeOffset now) => new()
    {
        ["allow_cabin_overheat_protection"] = true,
        ["auto_seat_climate_left"] = true,
        ["auto_seat_climate_right"] = true,
        ["battery_heater"] = false,
        ["battery_heater_no_power"] = null,
        ["cabin_overheat_protection"] = "On",
        ["cabin_overheat_protection_actively_cooling"] = false,
        ["climate_keeper_mode"] = "off",
        ["defrost_mode"] = 0,
        ["driver_temp_setting"] = 21.0,
        ["fan_status"] = 0,
        ["inside_temp"] = vehicle.Condition.InsideTempC,
        ["is_auto_conditioning_on"] = false,
        ["is_climate_on"] = false,
        ["is_front_defroster_on"] = false,
        ["is_preconditioning"] = false,
        ["is_rear_defroster_on"] = false,
        ["max_avail_temp"] = 28.0,
        ["min_avail_temp"] = 15.0,
        ["outside_temp"] = vehicle.Condition.OutsideTempC,
        ["passenger_temp_setting"] = 21.0,
        ["remote_heater_control_enabled"] = false,
        ["seat_heater_left"] = 0,
        ["seat_heater_right"] = 0,
        ["side_mirror_heaters"] = false,
        ["steering_wheel_heater"] = false,
        ["timestamp"] = now.ToUnixTimeMilliseconds(),
        ["wiper_blade_heater"] = false,
    };

    /// <summary>Latitude, longitude and heading only when <c>location_data</c> was asked for (firmware 2023.38+).</summary>
    public static JsonObject DriveState(SimulatedVehicle vehicle, DateTimeOffset now, bool withLocation)
    {
        var drive = new JsonObject
        {
            ["power"] = 0,
            ["shift_state"] = null,
            ["speed"] = null,
            ["timestamp"] = now.ToUnixTimeMilliseconds(),
        };
        if (withLocation)
        {
            var at = vehicle.Condition.Location;
            drive["gps_as_of"] = now.ToUnixTimeSeconds() - 37;
            drive["heading"] = at.Heading;
            drive["latitude"] = at.Latitude;
            drive["longitude"] = at.Longitude;
            drive["native_latitude"] = at.Latitude;
            drive["native_location_supported"] = 1;
            drive["native_longitude"] = at.Longitude;
            drive["native_type"] = "wgs";
        }

        return drive;
    }

    public static JsonObject GuiSettings(SimulatedVehicle vehicle, DateTimeOffset now)
    {
        var metric = vehicle.Condition.Units == DisplayUnits.Metric;
        return new JsonObject
        {
            ["gui_24_hour_time"] = metric,
            ["gui_charge_rate_units"] = metric ? "kW" : "mi/hr",
            ["gui_distance_units"] = metric ? "km/hr" : "mi/hr",
            ["gui_range_display"] = "Rated",
            ["gui_temperature_units"] = metric ? "C" : "F",
            ["gui_tirepressure_units"] = metric ? "Bar" : "Psi",
            ["show_range_units"] = false,
            ["timestamp"] = now.ToUnixTimeMilliseconds(),
        };
    }
}
