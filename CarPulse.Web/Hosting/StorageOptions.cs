using CarPulse.Domain.Archive;

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
        return services;
    }

    internal static StorageOptions ReadStorage(IConfiguration configuration, IHostEnvironment environment)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        storage.DataDirectory = Path.GetFullPath(storage.DataDirectory, environment.ContentRootPath);
        return storage;
    }
}
