using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CarPulse.Tests.Simulators.Tesla;

public sealed class WakeTests
{
    private const string Family = "XP7YGCEE1PB093318";

    [Fact]
    public async Task Vehicle_data_for_an_asleep_car_is_408_vehicle_unavailable()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("two-cars");

        var response = await harness.GetAsync(tokens.AccessToken, $"/api/1/vehicles/{Family}/vehicle_data");

        Assert.Equal("vehicle unavailable: vehicle is offline or asleep", await response.AssertTeslaErrorAsync(HttpStatusCode.RequestTimeout));
    }

    [Fact]
    public async Task Wake_up_answers_asleep_at_once_and_the_car_is_online_after_the_configured_delay()
    {
        using var harness = new SimulatorHarness(("TeslaSimulator:WakeDelay", "00:00:02"));
        var tokens = await harness.SignInAsync("two-cars");

        var wake = await harness.PostAsync(tokens.AccessToken, $"/api/1/vehicles/{Family}/wake_up");
        harness.Clock.Advance(TimeSpan.FromSeconds(1.5));
        var stillAsleep = await StateAsync(harness, tokens, Family);
        harness.Clock.Advance(TimeSpan.FromSeconds(0.5));
        var awake = await StateAsync(harness, tokens, Family);

        Assert.Equal("asleep", (await wake.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("response").GetProperty("state").GetString());
        Assert.Equal("asleep", stillAsleep);
        Assert.Equal("online", awake);
        Assert.Equal(HttpStatusCode.OK, (await harness.GetAsync(tokens.AccessToken, $"/api/1/vehicles/{Family}/vehicle_data")).StatusCode);
    }

    [Fact]
    public async Task The_sleepy_account_s_car_never_wakes()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("sleepy");
        var vin = harness.Simulator.Account("sleepy").Vehicles.Single().Vin;

        await harness.PostAsync(tokens.AccessToken, $"/api/1/vehicles/{vin}/wake_up");
        harness.Clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal("asleep", await StateAsync(harness, tokens, vin));
    }

    [Fact]
    public async Task An_offline_car_stays_offline_after_wake_up()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("fleet-12");

        var wake = await harness.PostAsync(tokens.AccessToken, "/api/1/vehicles/XP7YGCEE6NB041177/wake_up");
        harness.Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal("offline", (await wake.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("response").GetProperty("state").GetString());
        Assert.Equal("offline", await StateAsync(harness, tokens, "XP7YGCEE6NB041177"));
    }

    [Fact]
    public async Task AsleepFor_puts_an_online_car_to_sleep_until_a_wake_and_its_delay()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("one-car");
        var vin = harness.Simulator.Account("one-car").Vehicles.Single().Vin;
        harness.Simulator.For("one-car").AsleepFor(vin, TimeSpan.FromSeconds(30));

        harness.Clock.Advance(TimeSpan.FromMinutes(5));
        var beforeWake = await StateAsync(harness, tokens, vin);
        await harness.PostAsync(tokens.AccessToken, $"/api/1/vehicles/{vin}/wake_up");
        harness.Clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal("asleep", beforeWake);
        Assert.Equal("online", await StateAsync(harness, tokens, vin));
    }

    [Fact]
    public async Task NeverWakes_keeps_a_car_asleep()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("two-cars");
        harness.Simulator.For("two-cars").NeverWakes(Family);

        await harness.PostAsync(tokens.AccessToken, $"/api/1/vehicles/{Family}/wake_up");
        harness.Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal("asleep", await StateAsync(harness, tokens, Family));
    }

    [Fact]
    public void A_knob_for_a_car_on_another_account_is_a_test_mistake()
    {
        using var harness = new SimulatorHarness();

        Assert.Throws<ArgumentException>(() => harness.Simulator.For("one-car").NeverWakes(Family));
    }

    private static async Task<string?> StateAsync(SimulatorHarness harness, TokenSet tokens, string vin) =>
        (await harness.GetJsonAsync(tokens.AccessToken, $"/api/1/vehicles/{vin}")).GetProperty("response").GetProperty("state").GetString();
}
