using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Reports;
using CarPulse.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Http.Reports;

/// <summary>
/// Workers on many nodes claim from one queue: of claimers that race for a job exactly one wins it, and the others
/// take the next free job rather than going without (on PostgreSQL they skip the row being claimed).
/// </summary>
public abstract class ReportClaimTests(DatabaseProvider provider) : IDisposable
{
    private readonly CarPulseApp _app = new(provider, ("Reports:PollInterval", "01:00:00"));

    [Fact]
    public async Task Of_many_workers_claiming_one_free_job_at_once_exactly_one_gets_it()
    {
        for (var round = 0; round < 10; round++)
        {
            var sessionId = SessionId.New();
            await using (var scope = _app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<ReportQueue>().EnqueueAsync(sessionId, CancellationToken.None);
            }

            var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() => ClaimAsync($"node-{worker}"))));

            Assert.Equal(sessionId, Assert.Single(claims, claim => claim is not null)?.OrderSessionId);
        }
    }

    [Fact]
    public async Task Many_workers_claiming_at_once_share_out_every_free_job_each_exactly_once()
    {
        var queued = new List<string>();
        for (var order = 0; order < 12; order++)
        {
            queued.Add(SessionId.New());
            await using var scope = _app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ReportQueue>().EnqueueAsync(queued[^1], CancellationToken.None);
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 24).Select(worker => Task.Run(() => ClaimAsync($"node-{worker}"))));

        Assert.Equal(queued.Order(), claims.OfType<ReportJob>().Select(job => job.OrderSessionId).Order());
        Assert.Null(await ClaimAsync("late-node"));
    }

    private async Task<ReportJob?> ClaimAsync(string worker)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReportQueue>().ClaimNextAsync(worker, CancellationToken.None);
    }

    public void Dispose() => _app.Dispose();

    public sealed class OnSqlite() : ReportClaimTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : ReportClaimTests(DatabaseProvider.PostgreSql);
}
