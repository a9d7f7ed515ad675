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
        using var probe = Probe.Start();
        var outage = await probe.PayAsync(Fleet, "pro", cancellationToken);
        var healthy = await probe.PayAsync("one-car", "pro", cancellationToken);
        probe.Simulator.For(Fleet).FailNext(10_000, 503);
        probe.Simulator.ClearCalls();

        await probe.Worker.WorkOneAsync(cancellationToken);
        await probe.Worker.WorkOneAsync(cancellationToken);

        var report = Single(await probe.Customer.ReportsAsync(healthy, cancellationToken));
        var reached = probe.Simulator.Calls.Count(call => call.AccountId == "one-car");
        output.WriteLine($"(a) breaker: after {Fleet}'s outage ({await probe.Customer.StatusAsync(outage, cancellationToken)}), the healthy one-car pro order built "
            + $"{report.GetProperty("modules").EnumerateObject().Count()} of 7 modules; {reached} of its calls reached Tesla");
    }

    private async Task HeadOfLineAsync(CancellationToken cancellationToken)
    {
        using var probe = Probe.Start(("Reports:PollInterval", "00:00:01"));
        var fleetOrders = new List<string>();
        for (var order = 0; order < 4; order++)
        {
            fleetOrders.Add(await probe.PayAsync(Fleet, "basic", cancellationToken));
        }

        var clock = Stopwatch.StartNew();
        var small = await probe.PayAsync("one-car", "basic", cancellationToken);
        while (await probe.Customer.StatusAsync(small, cancellationToken) != "complete" && clock.Elapsed < GiveUp)
        {
            await Task.Delay(100, cancellationToken);
        }

        var elapsed = clock.Elapsed;
        var stillGenerating = 0;
        foreach (var order in fleetOrders)
        {
            stillGenerating += await probe.Customer.StatusAsync(order, cancellationToken) == "complete" ? 0 : 1;
        }

        output.WriteLine($"(b) head-of-line: a one-car basic order paid after four {Fleet} orders completed {elapsed.TotalSeconds:0.0} s after its payment; "
            + $"{stillGenerating} of the fleet orders were still generating then");
    }

    private async Task RetryAfterAsync(CancellationToken cancellationToken)
    {
        using var probe = Probe.Start();
        var order = await probe.PayAsync("one-car", "pro", cancellationToken);
        probe.Simulator.For("one-car").RateLimitNext(1, TimeSpan.FromSeconds(120), SimulatedEndpoints.Warranty);

        var clock = Stopwatch.StartNew();
        await probe.Worker.WorkOneAsync(cancellationToken);
        var elapsed = clock.Elapsed;

        var missing = Single(await probe.Customer.ReportsAsync(order, cancellationToken)).GetProperty("missing").EnumerateArray()
            .Select(module => $"{module.GetProperty("module").GetString()}: {module.GetProperty("reason").GetString()}");
        output.WriteLine($"(c) Retry-After 120: the one-car pro order took {elapsed.TotalSeconds:0.0} s; missing {string.Join(", ", missing)}; "
            + $"{probe.Simulator.Calls.Count(call => call.Endpoint == SimulatedEndpoints.Warranty)} warranty calls");
    }

    private async Task RefusedRefreshAsync(CancellationToken cancellationToken)
    {
        using var probe = Probe.Start();
        var order = await probe.PayAsync("two-cars", "pro", cancellationToken);
        probe.Simulator.For("two-cars").ExpireAccessTokens();
        probe.Simulator.For("two-cars").FailRefresh = true;
        probe.Simulator.ClearCalls();

        await probe.Worker.WorkOneAsync(cancellationToken);

        output.WriteLine($"(d) refused refresh: a two-car pro order whose tokens Tesla revoked spent "
            + $"{probe.Simulator.Calls.Count(call => call.Endpoint == SimulatedEndpoints.RefreshToken)} refresh calls; the order reads {await probe.Customer.StatusAsync(order, cancellationToken)}");
    }

    private static JsonElement Single(JsonElement reports) => reports.GetProperty("reports").EnumerateObject().Single().Value;

    /// <summary>A fresh app and a customer's browser against it.</summary>
    private sealed class Probe : IDisposable
    {
        private readonly FleetApp _app;

        private Probe(FleetApp app)
        {
            _app = app;
            Customer = new FleetCustomer(app.ClientOptions.BaseAddress);
        }

        public FleetCustomer Customer { get; }

        public TeslaSimulator Simulator => _app.Services.GetRequiredService<TeslaSimulator>();

        public ReportWorker Worker => _app.Services.GetRequiredService<ReportWorker>();

        public static Probe Start(params (string Key, string Value)[] settings) => new(FleetApp.Start(settings));

        /// <summary>Signs in as <paramref name="account"/>, orders every car with <paramref name="package"/> and pays; the paid session id.</summary>
        public Task<string> PayAsync(string account, string package, CancellationToken cancellationToken) =>
            Customer.PayFreeAsync(account, [.. Simulator.Account(account).Vehicles.Select(car => car.Id)], package, cancellationToken);

        public void Dispose()
        {
            Customer.Dispose();
            _app.Dispose();
        }
    }
}
