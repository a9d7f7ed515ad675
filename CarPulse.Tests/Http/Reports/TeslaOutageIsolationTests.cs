using CarPulse.Domain.Persistence;
using CarPulse.Domain.Reports;
using CarPulse.Tests.Support;
using CarPulse.Web.Simulators.Tesla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Http.Reports;

/// <summary>One customer's Tesla trouble stays theirs: another account's order still reaches Tesla.</summary>
public sealed class TeslaOutageIsolationTests : IDisposable
{
    private static readonly string[] ProModules = ["charging_history", "options", "recent_alerts", "release_notes", "service_data", "vehicle_data", "warranty"];

    private readonly CarPulseApp _app = CarPulseApp.WithTeslaSimulator(("Reports:PollInterval", "01:00:00"), CountedCalls.PatientAttempts);
    private readonly TeslaSignIn _tesla;

    public TeslaOutageIsolationTests() => _tesla = new TeslaSignIn(_app);

    private TeslaSimulator Simulator => _app.Services.GetRequiredService<TeslaSimulator>();

    private ReportWorker Worker => _app.Services.GetRequiredService<ReportWorker>();

    [Fact]
    public async Task After_one_accounts_tesla_outage_a_healthy_accounts_order_is_built_from_tesla()
    {
        var outage = await _tesla.PayFreeAsync("fleet-12", "pro");
        var healthy = await _tesla.PayFreeAsync("one-car", "pro");
        Simulator.For("fleet-12").FailNext(10_000, 503);
        Simulator.ClearCalls();

        Assert.True(await Worker.WorkOneAsync(CancellationToken.None));
        Assert.True(await Worker.WorkOneAsync(CancellationToken.None));

        Assert.All(await ReportsAsync(outage), report => Assert.All(report.Missing.Values, reason => Assert.Equal(MissingReason.Unavailable, reason)));
        var built = Assert.Single(await ReportsAsync(healthy));
        Assert.Equal(VehicleReportStatus.Complete, built.Status);
        Assert.Equal(ProModules, built.Modules.Keys.Order());
        Assert.Equal(ProModules, Simulator.Calls.Where(call => call.AccountId == "one-car" && call.Status == 200).Select(call => call.Endpoint).Order());
    }

    public void Dispose()
    {
        _tesla.Browser.Dispose();
        _app.Dispose();
    }

    private async Task<List<VehicleReport>> ReportsAsync(string sessionId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CarPulseDb>().VehicleReports.AsNoTracking().Where(report => report.OrderSessionId == sessionId).ToListAsync();
    }
}
