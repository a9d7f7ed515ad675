using System.Security.Claims;
using CarPulse.Domain.Admin;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Pricing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Support;

/// <summary>The back office's real services over a migrated SQLite file, and the principals that call them.</summary>
public static class AdminServices
{
    /// <summary>The claims the admin login issues that the domain looks at.</summary>
    public static ClaimsPrincipal Admin { get; } = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, AdminClaims.Role)], "CarPulse.Admin"));

    public static ClaimsPrincipal Anonymous { get; } = new(new ClaimsIdentity());

    /// <summary>Signed in, but by something other than the admin login: no admin role.</summary>
    public static ClaimsPrincipal Customer { get; } = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin")], "Cookies"));

    /// <summary>Registers pricing and the admin services on <paramref name="services"/> (which must already have the database and the clock).</summary>
    public static IServiceCollection AddAdminServices(this IServiceCollection services)
    {
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddPricing();
        services.AddAdministration();
        // The message administration queues through the customer mail, as the app's does.
        services.AddOptions<CarPulse.Domain.Payments.CompanyOptions>().Bind(TestFunnel.Company);
        services.AddOptions<CarPulse.Domain.Reports.ReportOptions>();
        services.AddScoped<CarPulse.Domain.Messages.CustomerMail>();
        return services;
    }

    public static ServiceProvider Over(TestDatabase database, TimeProvider clock) =>
        new ServiceCollection()
            .AddSingleton(clock)
            .AddScoped<CarPulseDb>(_ => database.Open())
            .AddAdminServices()
            .BuildServiceProvider();

    /// <summary>The seed vouchers, as a fresh database gets them.</summary>
    public static async Task SeedAsync(TestDatabase database)
    {
        await using var db = database.Open();
        db.Vouchers.AddRange(
            Voucher.Create("LAUNCH10", VoucherType.Percentage, 10, "Launch discount", true, null, null, 100),
            Voucher.Create("FLEET20", VoucherType.Percentage, 20, "Fleet discount", true, null, null, null));
        db.TierPrices.AddRange(TierPrice.RowsOf(TierTable.Default));
        await db.SaveChangesAsync();
    }
}
