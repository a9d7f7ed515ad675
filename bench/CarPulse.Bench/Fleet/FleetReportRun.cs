using System.Diagnostics;
using CarPulse.Domain.Reports;
using CarPulse.Domain.Vehicles;
using CarPulse.Web.Simulators.Tesla;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CarPulse.Bench.Fleet;

/// <summary>One timed generation and what it cost.</summary>
public sealed record RunResult(TimeSpan Wall, TeslaCallTally Calls);

/// <summary>
/// Times <see cref="ReportGenerator.GenerateAsync"/> for a fresh paid order with the given parallelism, every Tesla
/// call delayed by <see cref="Latency"/>, then checks the call log and that every car got a complete report.
/// </summary>
public sealed class FleetReportRun(FleetApp app, FleetCustomer customer, string account, IReadOnlyList<SimulatedVehicle> cars)
{
    public static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(150);

    private TeslaSimulator Simulator => app.Services.GetRequiredService<TeslaSimulator>();

    public async Task<RunResult> RunAsync(ReportOptions options, CancellationToken cancellationToken)
    {
        var sessionId = await customer.PayFreeAsync(account, [.. cars.Select(car => car.Id)], "expert", cancellationToken);
        var asleep = Simulator.Account(account).Vehicles
            .Where(car => car.State != VehicleState.Online && cars.Any(selected => selected.Vin == car.Vin))
            .Select(car => car.Vin)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        // The generator as the app builds it, with only the parallelism chosen here.
        var generator = new ReportGenerator(
            app.Services.GetRequiredService<IServiceScopeFactory>(),
            app.Services.GetRequiredService<ReportProgressBoard>(),
            Options.Create(options),
            app.Services.GetRequiredService<TimeProvider>());

        Simulator.ClearCalls();
        Simulator.Everyone.Latency = Latency;
        var clock = Stopwatch.StartNew();
        try
        {
            using var slot = await new ReportSlots(1, 0).ReserveAsync(cancellationToken);
            await generator.GenerateAsync(sessionId, ReportWork.Build, slot, cancellationToken);
        }
        finally
        {
            clock.Stop();
            Simulator.Everyone.Latency = TimeSpan.Zero;
        }

        var calls = TeslaCallTally.Check(Simulator.Calls, cars, asleep);
        await CheckCompleteAsync(sessionId, cancellationToken);
        return new RunResult(clock.Elapsed, calls);
    }

    private async Task CheckCompleteAsync(string sessionId, CancellationToken cancellationToken)
    {
        var reports = await customer.ReportsAsync(sessionId, cancellationToken);
        var vehicles = reports.GetProperty("reports").EnumerateObject().Select(report => report.Value).ToList();
        var incomplete = vehicles.Where(report => report.GetProperty("status").GetString() != "complete"
            || report.GetProperty("modules").EnumerateObject().Count() != TeslaCallTally.ExpertEndpoints.Count).ToList();
        if (reports.GetProperty("status").GetString() != "complete" || vehicles.Count != cars.Count || incomplete.Count > 0)
        {
            throw new InvalidOperationException(
                $"Expected {cars.Count} complete expert reports; the order is {reports.GetProperty("status")} with {vehicles.Count} reports, {incomplete.Count} of them incomplete.");
        }
    }
}
