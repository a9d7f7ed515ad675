using CarPulse.Domain.Orders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Reports;

/// <summary>
/// Works the report queue: claims a job, builds its reports, marks it complete. A job whose build
/// throws is released and claimed again later (already saved vehicles are not fetched again). The
/// lease is renewed while the job runs, so a long fleet order is never taken over by another worker;
/// a worker that loses its lease stops. <see cref="ReportOptions.ConcurrentJobs"/> orders run at once,
/// so one slow order (cars that take a minute to wake) does not hold up the others.
/// </summary>
public sealed partial class ReportWorker(
    IServiceScopeFactory scopes,
    ReportGenerator generator,
    TimeProvider clock,
    IOptions<ReportOptions> options,
    ILogger<ReportWorker> log) : BackgroundService
{
    private readonly string _name = $"{Environment.MachineName}/{Guid.NewGuid():N}";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.ConcurrentJobs).Select(_ => WorkLoopAsync(stoppingToken)));

    private async Task WorkLoopAsync(CancellationToken stoppingToken)
    {
        // Look after a pause, then work while there is work: the host is fully started before the first claim.
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            try
            {
                while (await WorkOneAsync(stoppingToken))
                {
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                LogWorkerFailed(log, failure);
            }
        }
    }

    /// <summary>Claims and builds one job; false when none was free.</summary>
    public async Task<bool> WorkOneAsync(CancellationToken cancellationToken)
    {
        ReportJob? job;
        await using (var scope = scopes.CreateAsyncScope())
        {
            job = await scope.ServiceProvider.GetRequiredService<ReportQueue>().ClaimNextAsync(_name, cancellationToken);
        }

        if (job is null)
        {
            return false;
        }

        using var lease = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewal = KeepLeaseAsync(job, lease);
        try
        {
            await generator.GenerateAsync(job.OrderSessionId, job.Work, lease.Token);
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ReportQueue>().CompleteAsync(job, _name, CancellationToken.None);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogJobFailed(log, job.Id, failure);
            await using var scope = scopes.CreateAsyncScope();
            var backoff = TimeSpan.FromSeconds(Math.Min(300, 15 * Math.Pow(2, job.Attempts)));
            await scope.ServiceProvider.GetRequiredService<ReportQueue>().ReleaseAsync(job.Id, _name, clock.GetUtcNow() + backoff, CancellationToken.None);
        }
        finally
        {
            await lease.CancelAsync();
            await renewal;
        }

        return true;
    }

    /// <summary>Renews the lease at a third of its length; when it was taken over, cancels the work so two workers never build one order.</summary>
    private async Task KeepLeaseAsync(ReportJob job, CancellationTokenSource lease)
    {
        try
        {
            while (true)
            {
                await Task.Delay(options.Value.Lease / 3, clock, lease.Token);
                await using var scope = scopes.CreateAsyncScope();
                if (!await scope.ServiceProvider.GetRequiredService<ReportQueue>().RenewAsync(job.Id, _name, lease.Token))
                {
                    LogLeaseLost(log, job.Id);
                    await lease.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The job ended (or the host stops): nothing left to renew.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Report worker loop failed")]
    private static partial void LogWorkerFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report job {JobId} lost its lease to another worker; this worker stops it")]
    private static partial void LogLeaseLost(ILogger logger, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report job {JobId} failed; it will be claimed again")]
    private static partial void LogJobFailed(ILogger logger, Guid jobId, Exception exception);
}
