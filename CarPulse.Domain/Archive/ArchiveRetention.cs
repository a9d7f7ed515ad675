using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Archive;

/// <summary>
/// Once <see cref="ArchiveOptions.RetentionDays"/> have passed since payment, erases a paid order by the same rule as
/// the customer's "Delete my data" (<see cref="CustomerDataEraser"/>): the archive folder, the report data, the email
/// address, the car names and full VINs go; the order, its payments and the verification entries (masked VIN only) stay.
/// </summary>
public sealed class ArchiveRetention(CarPulseDb db, CustomerDataEraser eraser, TimeProvider clock, IOptions<ArchiveOptions> options)
{
    private const int Batch = 100;

    /// <summary>Purges one batch of expired orders; the number purged (a full batch means: call again).</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - TimeSpan.FromDays(options.Value.RetentionDays);
        var expired = await db.ReportJobs.Where(job => job.CreatedAt < cutoff)
            .Join(db.OrderSessions, job => job.OrderSessionId, session => session.Id, (job, session) => session)
            .OrderBy(session => session.CreatedAt).ThenBy(session => session.Id)
            .Select(session => session.Id)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        foreach (var sessionId in expired)
        {
            await db.RetryOnConflictAsync(
                async () =>
                {
                    await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                    var session = await db.OrderSessions.SingleAsync(s => s.Id == sessionId, cancellationToken);
                    await eraser.EraseAsync(session, byOwner: false, cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return true;
                },
                cancellationToken);
        }

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
            .Validate(options => Enum.IsDefined(options.Provider), "Archive:Provider must be FileSystem or AzureBlob.")
            .Validate(options => options.Provider != ArchiveProvider.AzureBlob || !string.IsNullOrWhiteSpace(options.ConnectionString), "Archive:ConnectionString is required when Archive:Provider is AzureBlob.")
            .Validate(options => options.Provider != ArchiveProvider.AzureBlob || IsContainerName(options.Container), "Archive:Container must name a blob container (3-63 lower-case letters, digits and single hyphens) when Archive:Provider is AzureBlob.")
            .Validate(options => options.RetentionDays > 0, "Archive:RetentionDays must be at least 1.")
            .Validate(options => options.CleanupInterval > TimeSpan.Zero && options.CleanupInterval <= TimeSpan.FromDays(1), "Archive:CleanupInterval must be between 0 and 1 day.")
            .ValidateOnStart();
        services.AddSingleton<IOrderArchive>(provider => provider.GetRequiredService<IOptions<ArchiveOptions>>().Value switch
        {
            { Provider: ArchiveProvider.AzureBlob, ConnectionString: { } connectionString, Container: { } container } =>
                new AzureBlobOrderArchive(AzureBlobOrderArchive.Connect(connectionString, container)),
            var options => new FileSystemOrderArchive(Path.GetFullPath(options.Directory, dataDirectory)),
        });
        services.AddScoped<CustomerDataEraser>();
        services.AddScoped<OwnerDataDeletion>();
        services.AddScoped<ArchiveRetention>();
        services.AddHostedService<ArchiveRetentionService>();
        return services;
    }

    private static bool IsContainerName(string? name) =>
        name is { Length: >= 3 and <= 63 } && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && name[0] != '-' && name[^1] != '-' && !name.Contains("--", StringComparison.Ordinal);
}
