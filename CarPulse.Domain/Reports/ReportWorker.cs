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
/// a worker that loses its lease stops. <see cref="ReportOptions.ConcurrentJobs"/> orders work at once;
/// an order waiting for its cars to wake gives its slot to the next one (<see cref="ReportSlots"/>), so
/// cars that take a minute to wake do not hold up the next customer.
/// </summary>
public sealed partial class ReportWorker(
    IServiceScopeFactory scopes,
    ReportGenerator generator,
    TimeProvider clock,
    IOptions<ReportOptions> options,
    ILogger<ReportWorker> log) : BackgroundService
{
    private readonly string _name = $"{Environment.MachineName}/{Guid.NewGuid():N}";
    private readonly ReportSlots _slots = new(options.Value.ConcurrentJobs, options.Value.WaitingJobs);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new List<Task>();
        try
        {
            // Look after a pause, then claim while there is work and room: the host is fully started before the first claim.
            await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            while (true)
            {
                if (await TryClaimAsync(stoppingToken) is { } claimed)
                {
                    running.RemoveAll(job => job.IsCompleted);
                    running.Add(RunInBackgroundAsync(claimed.Job, claimed.Slot, stoppingToken));
                }
                else
                {
                    await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host stops: the jobs in hand stop with it and are resumed from their saved vehicles.
        }

        await Task.WhenAll(running);
    }

    /// <summary>Claims and builds one job; false when none was free.</summary>
    public async Task<bool> WorkOneAsync(CancellationToken cancellationToken)
    {
        if (await TryClaimAsync(cancellationToken) is not { } claimed)
        {
            return false;
        }

        await RunAsync(claimed.Job, claimed.Slot, cancellationToken);
        return true;
    }

    /// <summary>Waits for room and a free slot, then claims the next job with it; null when no job was free (or the claim failed).</summary>
    private async Task<(ReportJob Job, JobSlot Slot)?> TryClaimAsync(CancellationToken cancellationToken)
    {
        var slot = await _slots.ReserveAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<ReportQueue>().ClaimNextAsync(_name, cancellationToken) is { } job)
            {
                return (job, slot);
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            LogWorkerFailed(log, failure);
        }

        slot.Dispose();
        return null;
    }

    private async Task RunInBackgroundAsync(ReportJob job, JobSlot slot, CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(job, slot, stoppingToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            LogWorkerFailed(log, failure);
        }
    }

    private async Task RunAsync(ReportJob job, JobSlot slot, CancellationToken cancellationToken)
    {
        using var lease = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewal = KeepLeaseAsync(job, lease);
        try
        {
            await generator.GenerateAsync(job.OrderSessionId, job.Work, slot, lease.Token);
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
            slot.Dispose();
        }
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
