using System.Text.Json;
using CarPulse.Domain.Reports;
using CarPulse.Domain.Tesla;
using Microsoft.Extensions.Options;
using TeslaSimulator = CarPulse.Web.Simulators.Tesla.TeslaSimulator;
using TeslaSimulatorOptions = CarPulse.Web.Simulators.Tesla.TeslaSimulatorOptions;

namespace CarPulse.Tests.Domain.Reports;

public sealed class ChargingAnalyticsFixtureTests
{
    private static readonly TeslaSimulator Simulator = new(Options.Create(new TeslaSimulatorOptions()), TimeProvider.System);

    [Fact]
    public void The_simulator_s_sessions_for_one_demo_car_add_up()
    {
        var account = Simulator.Account("two-cars");
        var vin = account.Vehicles[0].Vin;
        var sessions = AsTeslaSends(account.ChargingSessions.Where(session => session.Vin == vin));

        var summary = ChargingAnalytics.Analyse(sessions);

        Assert.True(summary.SessionCount > 20);
        Assert.Equal(sessions.Count, summary.SessionCount);
        Assert.Equal(summary.SessionCount, summary.Supercharger.Sessions + summary.Other.Sessions);
        Assert.Equal(summary.SessionCount, summary.Monthly.Sum(month => month.Sessions) + summary.UndatedSessions);
        Assert.Equal(summary.EnergyKwh, summary.Monthly.Sum(month => month.EnergyKwh));
        Assert.Equal(summary.EnergyKwh, summary.Supercharger.EnergyKwh + summary.Other.EnergyKwh);
        Assert.True(summary.EnergyKwh > 0m);
        Assert.All(summary.TotalCost, total => Assert.True(total.Amount > 0m, total.Currency));
        Assert.All(summary.IdleCost, idle => Assert.True(idle.Amount >= 0m, idle.Currency));
        Assert.Contains(summary.TotalCost, total => total.Currency == "EUR");
        foreach (var total in summary.TotalCost)
        {
            Assert.Equal(total.Amount, summary.Monthly.SelectMany(month => month.Cost).Where(cost => cost.Currency == total.Currency).Sum(cost => cost.Amount));
        }

        Assert.All(summary.PricePerKwh, range => Assert.InRange(range.Cheapest.PricePerKwh, 0.01m, range.MostExpensive.PricePerKwh));
        Assert.InRange(summary.TopLocations.Count, 1, ChargingAnalytics.TopLocationCount);
        Assert.True(summary.FirstSessionAt < summary.LastSessionAt);
    }

    // Through JSON the way TeslaFleetClient reads dx endpoints (camelCase), so the fixtures meet the domain's shape.
    private static IReadOnlyList<ChargingSession> AsTeslaSends(IEnumerable<CarPulse.Web.Simulators.Tesla.SimulatedChargingSession> sessions)
    {
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        return JsonSerializer.Deserialize<List<ChargingSession>>(JsonSerializer.Serialize(sessions, web), web)
            ?? throw new InvalidOperationException("The fixtures did not round-trip.");
    }
}
