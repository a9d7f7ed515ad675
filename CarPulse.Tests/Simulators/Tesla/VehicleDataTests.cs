using System.Net;
using CarPulse.Tests.Http;

namespace CarPulse.Tests.Simulators.Tesla;

public sealed class VehicleDataTests
{
    private const string Jt3 = "LRW3E7EB9MC215847";
    private const string Cybertruck = "7G2CEHEDXRA014487";

    [Fact]
    public async Task Only_the_requested_sections_are_returned()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("two-cars");

        var data = (await harness.GetJsonAsync(tokens.AccessToken, $"/api/1/vehicles/{Jt3}/vehicle_data?endpoints=charge_state%3Bvehicle_state")).GetProperty("response");

        Assert.True(data.TryGetProperty("charge_state", out _));
        Assert.True(data.TryGetProperty("vehicle_state", out _));
        Assert.False(data.TryGetProperty("climate_state", out _));
        Assert.False(data.TryGetProperty("drive_state", out _));
        Assert.Equal(Jt3, data.GetProperty("vin").GetString());
        Assert.Equal("online", data.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Without_endpoints_the_default_sections_come_without_a_location()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("two-cars");

        var data = (await harness.GetJsonAsync(tokens.AccessToken, $"/api/1/vehicles/{Jt3}/vehicle_data")).GetProperty("response");

        foreach (var section in new[] { "charge_state", "climate_state", "drive_state", "gui_settings", "vehicle_config", "vehicle_state" })
        {
            Assert.True(data.TryGetProperty(section, out _), section);
        }

        Assert.False(data.GetProperty("drive_state").TryGetProperty("latitude", out _));
    }

    [Fact]
    public async Task Location_data_adds_coordinates_to_drive_state()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("two-cars");

        var drive = (await harness.GetJsonAsync(tokens.AccessToken, $"/api/1/vehicles/{Jt3}/vehicle_data?endpoints=drive_state%3Blocation_data"))
            .GetProperty("response").GetProperty("drive_state");

        Assert.Equal(62.239, drive.GetProperty("latitude").GetDouble());
        Assert.Equal(25.759, drive.GetProperty("longitude").GetDouble());
        Assert.True(drive.TryGetProperty("heading", out _));
    }

    [Fact]
    public async Task Without_the_vehicle_location_scope_there_is_no_drive_state_at_all()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("two-cars", "openid offline_access vehicle_device_data");

        var data = (await harness.GetJsonAsync(tokens.AccessToken, $"/api/1/vehicles/{Jt3}/vehicle_data?endpoints=charge_state%3Bdrive_state")).GetProperty("response");

        Assert.False(data.TryGetProperty("drive_state", out _));
        Assert.True(data.TryGetProperty("charge_state", out _));
    }

    [Fact]
    public async Task Location_data_without_the_vehicle_location_scope_is_403()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("two-cars", "openid offline_access vehicle_device_data");

        var response = await harness.GetAsync(tokens.AccessToken, $"/api/1/vehicles/{Jt3}/vehicle_data?endpoints=charge_state%3Blocation_data");

        Assert.Equal("Unauthorized missing scopes", await response.AssertTeslaErrorAsync(HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task Without_the_vehicle_device_data_scope_vehicle_data_is_403()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("two-cars", "openid offline_access vehicle_charging_cmds");

        var response = await harness.GetAsync(tokens.AccessToken, $"/api/1/vehicles/{Jt3}/vehicle_data");

        await response.AssertTeslaErrorAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_unknown_vehicle_and_a_car_on_another_account_are_404()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("two-cars");

        await (await harness.GetAsync(tokens.AccessToken, "/api/1/vehicles/123/vehicle_data")).AssertTeslaErrorAsync(HttpStatusCode.NotFound);
        await (await harness.GetAsync(tokens.AccessToken, $"/api/1/vehicles/{Cybertruck}/vehicle_data")).AssertTeslaErrorAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Odometer_and_ranges_are_miles_and_gui_settings_carry_the_car_s_display_units()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("fleet-12");

        var truck = (await harness.GetJsonAsync(tokens.AccessToken, $"/api/1/vehicles/{Cybertruck}/vehicle_data")).GetProperty("response");
        var helsinki = (await harness.GetJsonAsync(tokens.AccessToken, "/api/1/vehicles/5YJ3E7EB9KF204981/vehicle_data")).GetProperty("response");

        Assert.Equal(9_310.8, truck.GetProperty("vehicle_state").GetProperty("odometer").GetDouble());
        Assert.Equal("mi/hr F Psi", Units(truck));
        Assert.Equal("km/hr C Bar", Units(helsinki));
        Assert.Equal("cybertruck", truck.GetProperty("vehicle_config").GetProperty("car_type").GetString());
        var charge = helsinki.GetProperty("charge_state");
        Assert.Equal(310 * (1 - 0.112) * 0.63, charge.GetProperty("battery_range").GetDouble(), 0.01);
        Assert.Equal(3.1, truck.GetProperty("vehicle_state").GetProperty("tpms_pressure_fl").GetDouble());
    }

    [Fact]
    public async Task The_car_with_a_low_tyre_raises_a_soft_warning_on_that_tyre()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("fleet-12");

        var state = (await harness.GetJsonAsync(tokens.AccessToken, "/api/1/vehicles/LRW3E7FA6PC552731/vehicle_data?endpoints=vehicle_state"))
            .GetProperty("response").GetProperty("vehicle_state");

        Assert.True(state.GetProperty("tpms_soft_warning_rl").GetBoolean());
        Assert.False(state.GetProperty("tpms_soft_warning_fl").GetBoolean());
        Assert.Contains("tpms_pressure_rr", state.PropertyNames());
    }

    private static string Units(System.Text.Json.JsonElement data)
    {
        var gui = data.GetProperty("gui_settings");
        return $"{gui.GetProperty("gui_distance_units")} {gui.GetProperty("gui_temperature_units")} {gui.GetProperty("gui_tirepressure_units")}";
    }
}
