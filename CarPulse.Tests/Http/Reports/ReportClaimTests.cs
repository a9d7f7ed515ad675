using CarPulse.Domain.Orders;
using CarPulse.Domain.Reports;
using CarPulse.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Http.Reports;

/// <summary>Workers on many nodes claim from one queue: a claim is a conditional update that only one of them wins.</summary>
public sealed class ReportClaimTests : IDisposable
{
    private readonly CarPulseApp _app = new(("Reports:PollInterval", "01:00:00"));

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

            var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
            {
                await using var scope = _app.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<ReportQueue>().ClaimNextAsync($"node-{worker}", CancellationToken.None);
            })));

            Assert.Equal(sessionId, Assert.Single(claims, claim => claim is not null)?.OrderSessionId);
        }
    }

    public void Dispose() => _app.Dispose();
}
