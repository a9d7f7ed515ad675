using System.Text.Json;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Reports;
using CarPulse.Tests.Support;
using CarPulse.Web.Simulators.Tesla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Http.Reports;

/// <summary>The job, driven by hand (the background worker idles): resume, outages, and call counts.</summary>
public abstract class ReportResumeTests : IDisposable
{
    private readonly CarPulseApp _app;
    private readonly TeslaSignIn _tesla;

    protected ReportResumeTests(DatabaseProvider provider)
    {
        _app = CarPulseApp.WithTeslaSimulator(
            provider, ("Reports:PollInterval", "01:00:00"), CountedCalls.PatientAttempts);
        _tesla = new TeslaSignIn(_app);
    }

    private TeslaSimulator Simulator => _app.Services.GetRequiredService<TeslaSimulator>();

    private ReportWorker Worker => _app.Services.GetRequiredService<ReportWorker>();

    [Fact]
    public async Task After_a_restart_only_the_vehicles_not_yet_saved_are_fetched()
    {
        var sessionId = await _tesla.PayFreeAsync("two-cars", "basic");
        var ids = await _tesla.VehiclesAsync(sessionId);
        var (first, second) = (ids[0], ids[1]);
        await SaveReportAsync(sessionId, first);
        Simulator.ClearCalls();

        Assert.True(await Worker.WorkOneAsync(CancellationToken.None));

        var fetched = Simulator.Calls.Where(call => call.Endpoint == "vehicle_data").Select(call => call.VehicleTag).Distinct().ToList();
        Assert.Single(fetched);
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CarPulseDb>();
        Assert.Equal([first, second], await db.VehicleReports.Where(r => r.OrderSessionId == sessionId).Select(r => r.VehicleId).OrderBy(id => id).ToListAsync());
        Assert.Equal(ReportJobStatus.Complete, (await db.ReportJobs.SingleAsync(job => job.OrderSessionId == sessionId)).Status);
        Assert.False(await Worker.WorkOneAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_basic_report_costs_one_tesla_call_per_online_vehicle()
    {
        var sessionId = await _tesla.PayFreeAsync("one-car", "basic");
        Simulator.ClearCalls();

        await Worker.WorkOneAsync(CancellationToken.None);

        Assert.Equal(["vehicle_data"], Simulator.Calls.Select(call => call.Endpoint));
    }

    [Fact]
    public async Task A_tesla_outage_during_a_module_leaves_a_partial_report_naming_it()
    {
        var sessionId = await _tesla.PayFreeAsync("one-car", "pro");
        Simulator.For("one-car").FailNext(10, 503, "warranty");

        await Worker.WorkOneAsync(CancellationToken.None);

        await using var scope = _app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<CarPulseDb>().VehicleReports.SingleAsync(r => r.OrderSessionId == sessionId);
        Assert.Equal(VehicleReportStatus.Partial, report.Status);
        Assert.Equal(new Dictionary<string, string> { ["warranty"] = MissingReason.Unavailable }, report.Missing);
        Assert.Equal(6, report.Modules.Count);
    }

    [Fact]
    public async Task After_one_accounts_tesla_outage_a_healthy_accounts_order_is_built_from_tesla()
    {
        string[] pro = ["charging_history", "options", "recent_alerts", "release_notes", "service_data", "vehicle_data", "warranty"];
        var outage = await _tesla.PayFreeAsync("fleet-12", "pro");
        var healthy = await _tesla.PayFreeAsync("one-car", "pro");
        Simulator.For("fleet-12").FailNext(10_000, 503);
        Simulator.ClearCalls();

        Assert.True(await Worker.WorkOneAsync(CancellationToken.None));
        Assert.True(await Worker.WorkOneAsync(CancellationToken.None));

        await using var scope = _app.Services.CreateAsyncScope();
        var reports = scope.ServiceProvider.GetRequiredService<CarPulseDb>().VehicleReports.AsNoTracking();
        Assert.All(await reports.Where(r => r.OrderSessionId == outage).ToListAsync(), report => Assert.All(report.Missing.Values, reason => Assert.Equal(MissingReason.Unavailable, reason)));
        var built = await reports.SingleAsync(r => r.OrderSessionId == healthy);
        Assert.Equal(VehicleReportStatus.Complete, built.Status);
        Assert.Equal(pro, built.Modules.Keys.Order());
        Assert.Equal(pro, Simulator.Calls.Where(call => call.AccountId == "one-car" && call.Status == 200).Select(call => call.Endpoint).Order());
    }

    [Fact]
    public async Task A_module_that_tesla_asks_to_wait_longer_than_the_cap_is_rate_limited()
    {
        var sessionId = await _tesla.PayFreeAsync("one-car", "pro");
        Simulator.For("one-car").RateLimitNext(1, TimeSpan.FromSeconds(120), "warranty");

        await Worker.WorkOneAsync(CancellationToken.None);

        await using var scope = _app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<CarPulseDb>().VehicleReports.SingleAsync(r => r.OrderSessionId == sessionId);
        Assert.Equal(new Dictionary<string, string> { ["warranty"] = MissingReason.RateLimited }, report.Missing);
        Assert.Single(Simulator.Calls, call => call.Endpoint == "warranty");
    }

    [Fact]
    public async Task A_saved_expert_report_reads_back_into_teslas_shapes()
    {
        var sessionId = await _tesla.PayFreeAsync("one-car", "expert");

        await Worker.WorkOneAsync(CancellationToken.None);

        await using var scope = _app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<CarPulseDb>().VehicleReports.SingleAsync(r => r.OrderSessionId == sessionId);
        var content = VehicleReportContent.Read(report);
        Assert.Equal(VehicleReportStatus.Complete, report.Status);
        Assert.Equal(17, content.Data?.Vin.Length);
        Assert.True(content.Data?.ChargeState?.BatteryLevel > 0);
        Assert.NotEmpty(content.Charging ?? []);
        Assert.All(content.Charging ?? [], session => Assert.Equal(content.Data?.Vin, session.Vin));
        Assert.NotNull(content.Warranty);
        Assert.NotEmpty(content.Options ?? []);
        Assert.NotNull(content.ReleaseNotes);
        Assert.NotNull(content.Service);
        Assert.NotNull(content.Alerts);
        Assert.NotEqual(JsonValueKind.Undefined, content.Specs?.Content.ValueKind ?? JsonValueKind.Undefined);
    }

    [Fact]
    public async Task The_charging_history_downloads_as_csv_and_json_with_the_vin_masked()
    {
        var sessionId = await _tesla.PayFreeAsync("one-car", "pro");
        await Worker.WorkOneAsync(CancellationToken.None);
        var vehicleId = (await _tesla.VehiclesAsync(sessionId))[0];

        var csv = await _tesla.Browser.GetAsync($"/api/v1/tesla/session/{sessionId}/vehicles/{vehicleId}/charging-history.csv");
        var json = await (await _tesla.Browser.GetAsync($"/api/v1/tesla/session/{sessionId}/vehicles/{vehicleId}/charging-history.json")).AssertOkJsonAsync();

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", csv.Headers.CacheControl?.ToString());
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(",", ChargingHistoryCsv.Columns), lines[0]);
        Assert.True(json.GetArrayLength() > 0);
        Assert.Equal(json.GetArrayLength(), lines.Length - 1);
        Assert.All(lines.Skip(1), line => Assert.Contains("****", line));
    }

    [Fact]
    public async Task A_basic_report_has_no_charging_history_to_download_and_says_why()
    {
        var sessionId = await _tesla.PayFreeAsync("one-car", "basic");
        await Worker.WorkOneAsync(CancellationToken.None);
        var vehicleId = (await _tesla.VehiclesAsync(sessionId))[0];

        var problem = await (await _tesla.Browser.GetAsync($"/api/v1/tesla/session/{sessionId}/vehicles/{vehicleId}/charging-history.csv")).AssertProblemAsync(System.Net.HttpStatusCode.NotFound);
        var unknown = await _tesla.Browser.GetAsync($"/api/v1/tesla/session/{sessionId}/vehicles/42/charging-history.csv");

        Assert.Contains("no charging history", problem.GetProperty("detail").GetString());
        await unknown.AssertProblemAsync(System.Net.HttpStatusCode.NotFound);
    }

    public void Dispose()
    {
        _tesla.Browser.Dispose();
        _app.Dispose();
    }

    private async Task SaveReportAsync(string sessionId, long vehicleId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CarPulseDb>();
        db.VehicleReports.Add(VehicleReport.From(sessionId, vehicleId, new Dictionary<string, JsonElement>(), new Dictionary<string, string> { ["vehicle_data"] = MissingReason.Asleep }, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
    }

    public sealed class OnSqlite() : ReportResumeTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : ReportResumeTests(DatabaseProvider.PostgreSql);
}
