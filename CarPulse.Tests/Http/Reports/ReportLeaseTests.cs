using CarPulse.Domain.Persistence;
using CarPulse.Domain.Reports;
using CarPulse.Tests.Support;
using CarPulse.Web.Simulators.Tesla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Http.Reports;

/// <summary>A job that runs longer than its lease keeps it, so no second worker starts the same order.</summary>
public abstract class ReportLeaseTests : IDisposable
{
    private readonly CarPulseApp _app;
    private readonly TeslaSignIn _tesla;

    protected ReportLeaseTests(DatabaseProvider provider)
    {
        _app = CarPulseApp.WithTeslaSimulator(
            provider, ("Reports:PollInterval", "01:00:00"), ("Reports:Lease", "00:00:01.500"), ("Tesla:AttemptTimeout", "00:00:10"));
        _tesla = new TeslaSignIn(_app);
    }

    [Fact]
    public async Task A_job_running_past_its_lease_renews_it_and_another_worker_cannot_claim_it()
    {
        var sessionId = await _tesla.PayFreeAsync("one-car", "basic");
        _app.Services.GetRequiredService<TeslaSimulator>().For("one-car").HangNext(1, TimeSpan.FromSeconds(4), "vehicle_data");

        var working = _app.Services.GetRequiredService<ReportWorker>().WorkOneAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.False(working.IsCompleted);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<ReportQueue>().ClaimNextAsync("another-worker", CancellationToken.None));
        }

        Assert.True(await working);
        await using var check = _app.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<CarPulseDb>();
        Assert.Equal(ReportJobStatus.Complete, (await db.ReportJobs.SingleAsync(job => job.OrderSessionId == sessionId)).Status);
        Assert.Single(await db.VehicleReports.Where(report => report.OrderSessionId == sessionId).ToListAsync());
    }

    public void Dispose() => _app.Dispose();

    public sealed class OnSqlite() : ReportLeaseTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : ReportLeaseTests(DatabaseProvider.PostgreSql);
}
