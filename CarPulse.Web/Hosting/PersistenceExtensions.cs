using CarPulse.Domain.Persistence;
using CarPulse.Domain.Pricing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPulse.Web.Hosting;

public static class PersistenceExtensions
{
    public const string ConnectionStringName = "CarPulse";
    public const string ProviderSetting = "Database:Provider";

    /// <summary>
    /// The database <c>Database:Provider</c> names: SQLite (the default, a file under the data directory unless
    /// <c>ConnectionStrings:CarPulse</c> says otherwise) or PostgreSQL (<c>ConnectionStrings:CarPulse</c> required);
    /// a provider it does not know stops the app here. Tokens are encrypted with Data Protection (its key ring:
    /// <see cref="KeyRingExtensions"/>).
    /// </summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ITokenProtector, DataProtectionTokenProtector>();
        var configured = configuration.GetConnectionString(ConnectionStringName);
        switch (ProviderOf(configuration))
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<CarPulseDb, SqliteCarPulseDb>((provider, options) => options.UseSqlite(
                    string.IsNullOrWhiteSpace(configured)
                        ? $"Data Source={Path.Combine(provider.GetRequiredService<StorageOptions>().DataDirectory, "carpulse.db")}"
                        : configured));
                break;
            case DatabaseProvider.PostgreSql:
                if (string.IsNullOrWhiteSpace(configured))
                {
                    throw new InvalidOperationException(
                        $"{ProviderSetting} is PostgreSql: set ConnectionStrings:{ConnectionStringName} to the database (e.g. Host=db;Database=carpulse;Username=carpulse;Password=…).");
                }

                services.AddDbContext<CarPulseDb, PostgreSqlCarPulseDb>(options => options.UseNpgsql(configured));
                break;
        }

        services.AddScoped<DatabaseInitializer>();
        services.AddHealthChecks().AddDbContextCheck<CarPulseDb>("database");
        return services;
    }

    /// <summary>Applies migrations and seeds vouchers and tier prices before the first request is served.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var pricing = app.Services.GetRequiredService<IOptions<PricingOptions>>().Value;
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(
            Path.GetFullPath(pricing.VoucherSeedFile, AppContext.BaseDirectory),
            ConfiguredTierTableSource.ToTierTable(pricing.Tiers),
            app.Lifetime.ApplicationStopping);
    }

    /// <summary>By name only (any case): a number or a name it does not know is refused, naming the setting.</summary>
    private static DatabaseProvider ProviderOf(IConfiguration configuration)
    {
        var configured = configuration[ProviderSetting]?.Trim();
        if (string.IsNullOrEmpty(configured))
        {
            return DatabaseProvider.Sqlite;
        }

        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            if (string.Equals(provider.ToString(), configured, StringComparison.OrdinalIgnoreCase))
            {
                return provider;
            }
        }

        throw new InvalidOperationException($"{ProviderSetting} must be {string.Join(" or ", Enum.GetNames<DatabaseProvider>())}, not '{configured}'.");
    }
}

internal sealed class DataProtectionTokenProtector(IDataProtectionProvider provider) : ITokenProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("CarPulse.TeslaTokens.v1");

    public string Protect(string plaintext) => _protector.Protect(plaintext);

    public string Unprotect(string protectedText) => _protector.Unprotect(protectedText);
}
