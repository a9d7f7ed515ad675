using CarPulse.Domain.Persistence;
using CarPulse.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Archive;

/// <summary>
/// Deletes what a paid order keeps about the customer's cars once <see cref="ArchiveOptions.RetentionDays"/> have
/// passed since payment: the archive folder (PDFs, invoices, order.json) and the saved report data. The order
/// row, its payment (bookkeeping) and the verification entries (masked VIN only) stay.
/// </summary>
public sealed class ArchiveRetention(CarPulseDb db, IOrderArchive archive, TimeProvider clock, IOptions<ArchiveOptions> options)
{
    private const int Batch = 100;

    /// <summary>Purges one batch of expired orders; the number purged (a full batch means: call again).</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cutoff = now - TimeSpan.FromDays(options.Value.RetentionDays);
        var expired = await db.ReportJobs.Where(job => job.CreatedAt < cutoff)
            .Join(db.OrderSessions, job => job.OrderSessionId, session => session.Id, (job, session) => session)
            .OrderBy(session => session.CreatedAt).ThenBy(session => session.Id)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        foreach (var session in expired)
        {
            await archive.DeleteOrderAsync(session.Reference, cancellationToken);
            await db.VehicleReports.Where(report => report.OrderSessionId == session.Id).ExecuteDeleteAsync(cancellationToken);
            await db.ReportJobs.Where(job => job.OrderSessionId == session.Id).ExecuteDeleteAsync(cancellationToken);
            session.ReportsDeleted(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return expired.Count;
    }
}

/// <summary>Runs <see cref="ArchiveRetention"/> on a timer; a failed round is logged and tried again next time.</summary>
public sealed partial class ArchiveRetentionService(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<ArchiveOptions> options, ILogger<ArchiveRetentionService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var retention = scope.ServiceProvider.GetRequiredService<ArchiveRetention>();
                int purged;
                while ((purged = await retention.PurgeAsync(stoppingToken)) > 0)
                {
                    LogPurged(log, purged, options.Value.RetentionDays);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(log, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted the reports and archive of {OrderCount} orders paid more than {RetentionDays} days ago")]
    private static partial void LogPurged(ILogger logger, int orderCount, int retentionDays);

    [LoggerMessage(Level = LogLevel.Error, Message = "Archive retention cleanup failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

public static class ArchiveServiceCollectionExtensions
{
    /// <param name="dataDirectory">The app's data directory; a relative <see cref="ArchiveOptions.Directory"/> lives under it.</param>
    public static IServiceCollection AddOrderArchive(this IServiceCollection services, string dataDirectory)
    {
        services.AddOptions<ArchiveOptions>().BindConfiguration(ArchiveOptions.Section)
            .Validate(options => options.RetentionDays > 0, "Archive:RetentionDays must be at least 1.")
            .Validate(options => options.CleanupInterval > TimeSpan.Zero && options.CleanupInterval <= TimeSpan.FromDays(1), "Archive:CleanupInterval must be between 0 and 1 day.")
            .ValidateOnStart();
        services.AddSingleton<IOrderArchive>(provider =>
            new FileSystemOrderArchive(Path.GetFullPath(provider.GetRequiredService<IOptions<ArchiveOptions>>().Value.Directory, dataDirectory)));
        services.AddScoped<ArchiveRetention>();
        services.AddHostedService<ArchiveRetentionService>();
        return services;
    }
}
