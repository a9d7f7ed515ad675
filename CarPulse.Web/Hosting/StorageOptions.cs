using CarPulse.Domain;
using CarPulse.Domain.Archive;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CarPulse.Web.Hosting;

/// <summary>Where CarPulse keeps its files: the SQLite database, the Data Protection key ring, the logs and the order archive.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Relative paths resolve against the content root (the project folder under <c>dotnet run</c>).</summary>
    public string DataDirectory { get; set; } = "data";

    public string KeysDirectory => Path.Combine(DataDirectory, "keys");

    public string LogsDirectory => Path.Combine(DataDirectory, "logs");
}

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var storage = ReadStorage(configuration, environment);
        Directory.CreateDirectory(storage.DataDirectory);
        services.AddSingleton(storage);
        services.AddSingleton(TimeProvider.System);
        services.AddOrderArchive(storage.DataDirectory);
        services.AddHealthChecks().AddCheck<ArchiveHealthCheck>("archive");
        return services;
    }

    internal static StorageOptions ReadStorage(IConfiguration configuration, IHostEnvironment environment)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        storage.DataDirectory = Path.GetFullPath(storage.DataDirectory, environment.ContentRootPath);
        return storage;
    }
}

/// <summary><c>archive</c> in <c>/health</c>: healthy while the archive (folder or blob container) can be reached.</summary>
internal sealed class ArchiveHealthCheck(IOrderArchive archive) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await archive.ProbeAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is EngineUnavailable or IOException or UnauthorizedAccessException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The archive cannot be reached.");
        }
    }
}
