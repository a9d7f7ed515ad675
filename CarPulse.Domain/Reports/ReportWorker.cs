using CarPulse.Domain.Orders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Reports;

/// <summary>
/// Works the report queue: claims a job, builds its reports, marks it complete. A job whose build
/// throws is released and claimed again later (already saved vehicles are not fetched again).
/// </summary>
public sealed partial class ReportWorker(
    IServiceScopeFactory scopes,
    ReportGenerator generator,
    TimeProvider clock,
    IOptions<ReportOptions> options,
    ILogger<ReportWorker> log) : BackgroundService
{
    private readonly string _name = $"{Environment.MachineName}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
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

        try
        {
            await generator.GenerateAsync(job.OrderSessionId, job.Work, cancellationToken);
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ReportQueue>().CompleteAsync(job, CancellationToken.None);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogJobFailed(log, job.Id, failure);
            await using var scope = scopes.CreateAsyncScope();
            var backoff = TimeSpan.FromSeconds(Math.Min(300, 15 * Math.Pow(2, job.Attempts)));
            await scope.ServiceProvider.GetRequiredService<ReportQueue>().ReleaseAsync(job.Id, clock.GetUtcNow() + backoff, CancellationToken.None);
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Report worker loop failed")]
    private static partial void LogWorkerFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report job {JobId} failed; it will be claimed again")]
    private static partial void LogJobFailed(ILogger logger, Guid jobId, Exception exception);
}
