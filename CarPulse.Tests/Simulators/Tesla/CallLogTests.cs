using CarPulse.Web.Simulators.Tesla;

namespace CarPulse.Tests.Simulators.Tesla;

public sealed class CallLogTests
{
    [Fact]
    public async Task Every_token_and_Fleet_call_is_logged_in_order_with_its_stable_name_and_status()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("two-cars");
        var partner = await SimulatorHarness.TokensAsync(await harness.PartnerTokenAsync());
        var jt3 = "LRW3E7EB9MC215847";
        var contentId = harness.Simulator.Account("two-cars").ChargingSessions[0].Invoices[0].ContentId;

        await harness.RefreshAsync(tokens.RefreshToken ?? string.Empty);
        foreach (var path in new[]
        {
            "/api/1/users/region", "/api/1/vehicles", $"/api/1/vehicles/{jt3}", $"/api/1/vehicles/{jt3}/vehicle_data",
            "/api/1/dx/charging/history", $"/api/1/dx/charging/invoice/{contentId}", $"/api/1/vehicles/{jt3}/recent_alerts",
            $"/api/1/vehicles/{jt3}/service_data", $"/api/1/dx/warranty/details?vin={jt3}", $"/api/1/vehicles/{jt3}/release_notes",
            $"/api/1/dx/vehicles/options?vin={jt3}",
        })
        {
            await harness.GetAsync(tokens.AccessToken, path);
        }

        await harness.PostAsync(tokens.AccessToken, $"/api/1/vehicles/{jt3}/wake_up");
        await harness.GetAsync(partner.AccessToken, $"/api/1/vehicles/{jt3}/specs");
        await harness.GetAsync(null, "/api/1/vehicles");

        var calls = harness.Simulator.Calls;
        Assert.Equal(
            [
                "token:authorization_code", "token:client_credentials", "token:refresh_token", "region", "vehicles", "vehicle", "vehicle_data",
                "charging_history", "charging_invoice", "recent_alerts", "service_data", "warranty", "release_notes", "options", "wake_up", "specs",
                "vehicles",
            ],
            calls.Select(call => call.Endpoint));
        Assert.Equal([200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 401], calls.Select(call => call.Status));
        Assert.Equal("two-cars", calls[0].AccountId);
        Assert.Null(calls[1].AccountId);
        Assert.Equal(jt3, calls.Single(call => call.Endpoint == SimulatedEndpoints.VehicleData).VehicleTag);
        Assert.Equal(jt3, calls.Single(call => call.Endpoint == SimulatedEndpoints.Warranty).VehicleTag);
        Assert.Equal("POST", calls.Single(call => call.Endpoint == SimulatedEndpoints.WakeUp).Method);
        Assert.Null(calls[^1].AccountId);
        Assert.All(calls, call => Assert.Equal(harness.Clock.GetUtcNow(), call.At));
    }

    [Fact]
    public async Task ClearCalls_empties_the_log()
    {
        using var harness = new SimulatorHarness();
        await harness.SignInAsync("one-car");

        harness.Simulator.ClearCalls();

        Assert.Empty(harness.Simulator.Calls);
    }

    [Fact]
    public async Task Answers_below_500_are_billable_like_Tesla_s()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("two-cars");
        harness.Simulator.For("two-cars").FailNext(1, 500, SimulatedEndpoints.Vehicles);
        harness.Simulator.ClearCalls();

        await harness.GetAsync(tokens.AccessToken, "/api/1/vehicles");
        await harness.GetAsync(tokens.AccessToken, "/api/1/vehicles/XP7YGCEE1PB093318/vehicle_data");

        Assert.Equal([false, true], harness.Simulator.Calls.Select(call => call.Billable));
    }
}
