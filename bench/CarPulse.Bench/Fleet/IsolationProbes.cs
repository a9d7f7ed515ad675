using System.Diagnostics;
using System.Text.Json;
using CarPulse.Domain.Reports;
using CarPulse.Web.Simulators.Tesla;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Bench.Fleet;

/// <summary>
/// Issue 13's isolation and fairness probes, re-run with the production Tesla timings (15 s attempts, Retry-After capped
/// at 30 s, wake timeout 60 s polled every 3 s; the simulator wakes a car 5 s after <c>wake_up</c>), each on a fresh app:
/// (a) another account's outage, then a healthy order; (b) a one-car order paid after four fleet-12 orders;
/// (c) a module answered <c>Retry-After: 120</c>; (d) refresh calls after Tesla refuses the refresh token.
/// They drive the app only through HTTP, the report worker and the simulator's in-process knobs.
/// </summary>
public sealed class IsolationProbes(TextWriter output)
{
    private const string Fleet = "fleet-12";
    private static readonly TimeSpan GiveUp = TimeSpan.FromMinutes(5);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await BreakerAsync(cancellationToken);
        await HeadOfLineAsync(cancellationToken);
        await RetryAfterAsync(cancellationToken);
        await RefusedRefreshAsync(cancellationToken);
    }

    private async Task BreakerAsync(CancellationToken cancellationToken)
    {
        using var app = FleetApp.Start();
        using var customer = new FleetCustomer(app.ClientOptions.BaseAddress);
        var simulator = app.Services.GetRequiredService<TeslaSimulator>();
        var outage = await customer.PayFreeAsync(Fleet, Cars(simulator, Fleet), "pro", cancellationToken);
        var healthy = await customer.PayFreeAsync("one-car", Cars(simulator, "one-car"), "pro", cancellationToken);
        simulator.For(Fleet).FailNext(10_000, 503);
        simulator.ClearCalls();

        var worker = app.Services.GetRequiredService<ReportWorker>();
        await worker.WorkOneAsync(cancellationToken);
        await worker.WorkOneAsync(cancellationToken);

        var report = Single(await customer.ReportsAsync(healthy, cancellationToken));
        var reached = simulator.Calls.Count(call => call.AccountId == "one-car");
        output.WriteLine($"(a) breaker: after {Fleet}'s outage ({await customer.StatusAsync(outage, cancellationToken)}), the healthy one-car pro order built "
            + $"{report.GetProperty("modules").EnumerateObject().Count()} of 7 modules; {reached} of its calls reached Tesla");
    }

    private async Task HeadOfLineAsync(CancellationToken cancellationToken)
    {
        using var app = FleetApp.Start(("Reports:PollInterval", "00:00:01"));
        using var customer = new FleetCustomer(app.ClientOptions.BaseAddress);
        var simulator = app.Services.GetRequiredService<TeslaSimulator>();
        var fleetOrders = new List<string>();
        for (var order = 0; order < 4; order++)
        {
            fleetOrders.Add(await customer.PayFreeAsync(Fleet, Cars(simulator, Fleet), "basic", cancellationToken));
        }

        var clock = Stopwatch.StartNew();
        var small = await customer.PayFreeAsync("one-car", Cars(simulator, "one-car"), "basic", cancellationToken);
        while (await customer.StatusAsync(small, cancellationToken) != "complete" && clock.Elapsed < GiveUp)
        {
            await Task.Delay(100, cancellationToken);
        }

        var elapsed = clock.Elapsed;
        var stillGenerating = 0;
        foreach (var order in fleetOrders)
        {
            stillGenerating += await customer.StatusAsync(order, cancellationToken) == "complete" ? 0 : 1;
        }

        output.WriteLine($"(b) head-of-line: a one-car basic order paid after four {Fleet} orders completed {elapsed.TotalSeconds:0.0} s after its payment; "
            + $"{stillGenerating} of the fleet orders were still generating then");
    }

    private async Task RetryAfterAsync(CancellationToken cancellationToken)
    {
        using var app = FleetApp.Start();
        using var customer = new FleetCustomer(app.ClientOptions.BaseAddress);
        var simulator = app.Services.GetRequiredService<TeslaSimulator>();
        var order = await customer.PayFreeAsync("one-car", Cars(simulator, "one-car"), "pro", cancellationToken);
        simulator.For("one-car").RateLimitNext(1, TimeSpan.FromSeconds(120), SimulatedEndpoints.Warranty);

        var clock = Stopwatch.StartNew();
        await app.Services.GetRequiredService<ReportWorker>().WorkOneAsync(cancellationToken);
        var elapsed = clock.Elapsed;

        var missing = Single(await customer.ReportsAsync(order, cancellationToken)).GetProperty("missing").EnumerateArray()
            .Select(module => $"{module.GetProperty("module").GetString()}: {module.GetProperty("reason").GetString()}");
        output.WriteLine($"(c) Retry-After 120: the one-car pro order took {elapsed.TotalSeconds:0.0} s; missing {string.Join(", ", missing)}; "
            + $"{simulator.Calls.Count(call => call.Endpoint == SimulatedEndpoints.Warranty)} warranty calls");
    }

    private async Task RefusedRefreshAsync(CancellationToken cancellationToken)
    {
        using var app = FleetApp.Start();
        using var customer = new FleetCustomer(app.ClientOptions.BaseAddress);
        var simulator = app.Services.GetRequiredService<TeslaSimulator>();
        var order = await customer.PayFreeAsync("two-cars", Cars(simulator, "two-cars"), "pro", cancellationToken);
        simulator.For("two-cars").ExpireAccessTokens();
        simulator.For("two-cars").FailRefresh = true;
        simulator.ClearCalls();

        await app.Services.GetRequiredService<ReportWorker>().WorkOneAsync(cancellationToken);

        output.WriteLine($"(d) refused refresh: a two-car pro order whose tokens Tesla revoked spent "
            + $"{simulator.Calls.Count(call => call.Endpoint == SimulatedEndpoints.RefreshToken)} refresh calls; the order reads {await customer.StatusAsync(order, cancellationToken)}");
    }

    private static long[] Cars(TeslaSimulator simulator, string account) => [.. simulator.Account(account).Vehicles.Select(car => car.Id)];

    private static JsonElement Single(JsonElement reports) => reports.GetProperty("reports").EnumerateObject().Single().Value;
}
