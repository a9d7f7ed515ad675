using System.Globalization;
using CarPulse.Domain.Reports;
using CarPulse.Domain.Vehicles;
using CarPulse.Web.Simulators.Tesla;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CarPulse.Bench.Fleet;

/// <summary>
/// Issue 6: a fleet order of ten <c>fleet-12</c> cars with the expert package, built against the Tesla simulator at
/// 150 ms a call, serially (one vehicle, one module at a time) and with the app's configured parallelism. Each run
/// is a fresh paid order. Two scenarios: the cars as the fixtures have them (some asleep, woken by the generator),
/// then the same cars all awake. A wrong Tesla call count or an incomplete report fails the bench.
/// </summary>
public sealed class FleetBenchmark(TextWriter output)
{
    private const string Account = "fleet-12";
    private const int FleetSize = 10;
    private const double Target = 20;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var app = FleetApp.Start();
        using var customer = new FleetCustomer(app.ClientOptions.BaseAddress);
        var simulator = app.Services.GetRequiredService<TeslaSimulator>();
        var serial = new ReportOptions { VehicleParallelism = 1, ModuleParallelism = 1 };
        var parallel = app.Services.GetRequiredService<IOptions<ReportOptions>>().Value;
        var simulatorOptions = app.Services.GetRequiredService<IOptions<TeslaSimulatorOptions>>().Value;

        // A car that never wakes would only measure Tesla:WakeTimeout; the first ten of the others, in id order.
        var cars = simulator.Account(Account).Vehicles.Where(car => car.WakesUp).OrderBy(car => car.Id).Take(FleetSize).ToList();
        var sleepers = cars.Where(car => car.State == VehicleState.Asleep).ToList();
        output.WriteLine($"{Account}: {FleetSize} cars × expert, {Milliseconds(FleetReportRun.Latency)} per Tesla call; parallel = {Describe(parallel)}");
        output.WriteLine($"cars: {string.Join(", ", cars.Select(car => car.DisplayName))}");
        output.WriteLine($"asleep in the fixtures: {string.Join(", ", sleepers.Select(car => car.DisplayName))} (simulator wake delay {simulatorOptions.WakeDelay.TotalSeconds:0.#} s)");

        // JIT, connection pools and the app-wide partner token (vehicle specs) warm on another account, untimed.
        var oneCar = simulator.Account("one-car").Vehicles;
        await new FleetReportRun(app, customer, "one-car", oneCar).RunAsync(parallel, cancellationToken);

        var fleet = new FleetReportRun(app, customer, Account, cars);
        var results = new List<(string Scenario, RunResult Serial, RunResult Parallel)>();
        foreach (var (scenario, asleep) in new[] { ($"as found ({sleepers.Count} asleep)", sleepers), ("all awake", []) })
        {
            var runs = new List<RunResult>();
            foreach (var (mode, options) in new[] { ("serial", serial), ("parallel", parallel) })
            {
                foreach (var car in asleep)
                {
                    simulator.For(Account).AsleepFor(car.Vin, simulatorOptions.WakeDelay);
                }

                var run = await fleet.RunAsync(options, cancellationToken);
                output.WriteLine($"  {scenario,-20} {mode,-8} {Describe(options),-5} {run.Wall.TotalSeconds,7:0.00} s   Tesla calls {run.Calls}");
                runs.Add(run);
            }

            results.Add((scenario, runs[0], runs[1]));
        }

        output.WriteLine();
        foreach (var (scenario, serialRun, parallelRun) in results)
        {
            output.WriteLine($"{scenario,-20} serial {serialRun.Wall.TotalSeconds:0.00} s, parallel {parallelRun.Wall.TotalSeconds:0.00} s, ratio {Ratio(serialRun, parallelRun):0.0}×");
        }

        // The parallel runs are short enough for CPU (this process serves the simulator too) to matter: say how busy the machine was.
        output.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        var awake = Ratio(results[^1].Serial, results[^1].Parallel);
        output.WriteLine($"target: parallel ≥ {Target:0}× faster than serial with the cars awake — {(awake >= Target ? "met" : "MISSED")} ({awake:0.0}×)");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) + " (1, 5, 15 min)" : "unknown";

    private static double Ratio(RunResult serial, RunResult parallel) => serial.Wall / parallel.Wall;

    private static string Describe(ReportOptions options) =>
        string.Create(CultureInfo.InvariantCulture, $"{options.VehicleParallelism}×{options.ModuleParallelism}");

    private static string Milliseconds(TimeSpan latency) => string.Create(CultureInfo.InvariantCulture, $"{latency.TotalMilliseconds:0} ms");
}
