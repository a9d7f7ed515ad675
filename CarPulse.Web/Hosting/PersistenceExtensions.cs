using CarPulse.Domain.Persistence;
using CarPulse.Domain.Pricing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPulse.Web.Hosting;

public static class PersistenceExtensions
{
    public const string ConnectionStringName = "CarPulse";

    /// <summary>SQLite under the data directory unless <c>ConnectionStrings:CarPulse</c> says otherwise; tokens encrypted with Data Protection (its key ring: <see cref="KeyRingExtensions"/>).</summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services)
    {
        services.AddSingleton<ITokenProtector, DataProtectionTokenProtector>();
        services.AddDbContext<CarPulseDb>((provider, options) =>
        {
            var configured = provider.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName);
            var connectionString = string.IsNullOrWhiteSpace(configured)
                ? $"Data Source={Path.Combine(provider.GetRequiredService<StorageOptions>().DataDirectory, "carpulse.db")}"
                : configured;
            options.UseSqlite(connectionString);
        });
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
}

internal sealed class DataProtectionTokenProtector(IDataProtectionProvider provider) : ITokenProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("CarPulse.TeslaTokens.v1");

    public string Protect(string plaintext) => _protector.Protect(plaintext);

    public string Unprotect(string protectedText) => _protector.Unprotect(protectedText);
}
