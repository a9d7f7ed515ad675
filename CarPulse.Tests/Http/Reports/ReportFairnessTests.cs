using CarPulse.Tests.Support;
using CarPulse.Web.Simulators.Tesla;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Http.Reports;

/// <summary>The hosted worker with its default two slots: orders whose cars take long to wake do not hold up the next customer.</summary>
public sealed class ReportFairnessTests : IDisposable
{
    private const string Sleepers = "two-cars";

    private readonly CarPulseApp _app = CarPulseApp.WithTeslaSimulator(
        ("Reports:PollInterval", "00:00:00.100"), ("Tesla:WakeTimeout", "00:10:00"), CountedCalls.PatientAttempts,
        // Three orders poll the same two cars: every 5 s keeps them under Tesla's 60 calls a minute per car.
        ("Tesla:WakePollInterval", "00:00:05"), ("RateLimits:SessionCallsPerMinute", "10000"));
    private readonly TeslaSignIn _tesla;

    public ReportFairnessTests() => _tesla = new TeslaSignIn(_app);

    private TeslaSimulator Simulator => _app.Services.GetRequiredService<TeslaSimulator>();

    [Fact]
    public async Task A_one_car_order_paid_while_other_orders_wait_for_their_cars_to_wake_completes_first()
    {
        foreach (var car in Simulator.Account(Sleepers).Vehicles)
        {
            Simulator.For(Sleepers).AsleepFor(car.Vin, TimeSpan.FromHours(1));
        }

        var sleeping = new List<string>();
        for (var order = 0; order < 3; order++)
        {
            sleeping.Add(await _tesla.PayFreeAsync(Sleepers, "basic"));
        }

        Assert.True(await Until(() => Task.FromResult(Simulator.Calls.Count(call => call.AccountId == Sleepers && call.Endpoint == SimulatedEndpoints.WakeUp) >= 4)));

        var small = await _tesla.PayFreeAsync("one-car", "basic");

        Assert.True(await Until(async () => await StatusAsync(small) == "complete"), "the one-car order should complete while the others wait for their cars");
        foreach (var order in sleeping)
        {
            Assert.Equal("generating", await StatusAsync(order));
        }
    }

    public void Dispose()
    {
        _tesla.Browser.Dispose();
        _app.Dispose();
    }

    private async Task<string?> StatusAsync(string sessionId) =>
        (await (await _tesla.Browser.GetAsync($"/api/v1/tesla/session/{sessionId}/state")).AssertOkJsonAsync()).GetProperty("status").GetString();

    /// <summary>Polls until <paramref name="condition"/> holds; false after half a minute (a hang guard, not a timing check).</summary>
    private static async Task<bool> Until(Func<Task<bool>> condition)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }
}
