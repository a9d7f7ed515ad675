using System.Net;
using System.Text.Json;

namespace CarPulse.Tests.Simulators.Tesla;

public sealed class VehicleModuleTests
{
    private const string Vantaa = "LRW3E7FA6PC552731";
    private const string Oulu = "XP7YGCEF3PB118342";

    [Fact]
    public async Task Warranty_details_are_top_level_with_basic_battery_and_drive_unit_cover()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("fleet-12");

        var warranty = await harness.GetJsonAsync(tokens.AccessToken, $"/api/1/dx/warranty/details?vin={Vantaa}");

        Assert.False(warranty.TryGetProperty("response", out _));
        var active = warranty.GetProperty("activeWarranty").EnumerateArray().ToArray();
        Assert.Equal(["NEW_MFG_WARRANTY", "BATTERY_WARRANTY", "DRIVEUNIT_WARRANTY"], active.Select(w => w.GetProperty("warrantyType").GetString()));
        Assert.Equal("KM", active[1].GetProperty("odometerUnit").GetString());
        Assert.Equal(160_000, active[1].GetProperty("expirationOdometer").GetInt32());
        Assert.EndsWith("Z", active[1].GetProperty("expirationDate").GetString());
    }

    [Fact]
    public async Task Options_are_top_level_codes_with_display_names()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("fleet-12");

        var codes = (await harness.GetJsonAsync(tokens.AccessToken, $"/api/1/dx/vehicles/options?vin={Vantaa}")).GetProperty("codes").EnumerateArray().ToArray();

        Assert.InRange(codes.Length, 6, 9);
        Assert.All(codes, code => Assert.StartsWith("$", code.GetProperty("code").GetString()));
        Assert.Contains(codes, code => code.GetProperty("displayName").GetString() == "Model 3 Rear-Wheel Drive");
        Assert.Contains(codes, code => code.TryGetProperty("colorCode", out var color) && color.GetString() == "PN00");
    }

    [Fact]
    public async Task A_dx_call_without_a_vin_is_400()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("fleet-12");

        await (await harness.GetAsync(tokens.AccessToken, "/api/1/dx/warranty/details")).AssertTeslaErrorAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Service_data_is_empty_unless_the_car_is_in_service()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("fleet-12");

        var idle = (await harness.GetJsonAsync(tokens.AccessToken, $"/api/1/vehicles/{Vantaa}/service_data")).GetProperty("response");
        var visit = (await harness.GetJsonAsync(tokens.AccessToken, $"/api/1/vehicles/{Oulu}/service_data")).GetProperty("response");

        Assert.Empty(idle.EnumerateObject());
        Assert.Equal("in_service", visit.GetProperty("service_status").GetString());
        Assert.StartsWith("SV", visit.GetProperty("service_visit_number").GetString());
    }

    [Fact]
    public async Task Recent_alerts_include_the_tyre_warning_of_the_car_with_a_low_tyre()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("fleet-12");

        var alerts = (await harness.GetJsonAsync(tokens.AccessToken, $"/api/1/vehicles/{Vantaa}/recent_alerts"))
            .GetProperty("response").GetProperty("recent_alerts").EnumerateArray().ToArray();

        Assert.Contains(alerts, alert => alert.GetProperty("name").GetString()?.StartsWith("TPMS_", StringComparison.Ordinal) == true);
        Assert.All(alerts, alert => Assert.Equal(JsonValueKind.Array, alert.GetProperty("audience").ValueKind));
    }

    [Fact]
    public async Task Some_cars_have_no_recent_alerts()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("fleet-12");
        var counts = new List<int>();

        foreach (var vehicle in harness.Simulator.Account("fleet-12").Vehicles)
        {
            var alerts = await harness.GetJsonAsync(tokens.AccessToken, $"/api/1/vehicles/{vehicle.Vin}/recent_alerts");
            counts.Add(alerts.GetProperty("response").GetProperty("recent_alerts").GetArrayLength());
        }

        Assert.Contains(0, counts);
        Assert.Contains(counts, count => count >= 2);
    }

    [Fact]
    public async Task Release_notes_are_for_the_firmware_the_car_runs_even_when_asleep()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("two-cars");

        var notes = (await harness.GetJsonAsync(tokens.AccessToken, "/api/1/vehicles/XP7YGCEE1PB093318/release_notes")).GetProperty("response");

        Assert.All(notes.GetProperty("release_notes").EnumerateArray(), note => Assert.Equal("2025.14.3", note.GetProperty("customer_version").GetString()));
        Assert.True(notes.GetProperty("deployed_version").GetInt32() > 0);
    }
}
