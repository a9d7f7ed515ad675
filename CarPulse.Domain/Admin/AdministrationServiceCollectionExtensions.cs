using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Domain.Admin;

public static class AdministrationServiceCollectionExtensions
{
    /// <summary>The back office's services; each checks the admin it is given.</summary>
    public static IServiceCollection AddAdministration(this IServiceCollection services)
    {
        services.AddScoped<VoucherAdministration>();
        services.AddScoped<PriceAdministration>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<OrderAdministration>();
        services.AddScoped<MessageAdministration>();
        services.AddScoped<AdminSessionStore>();
        return services;
    }
}
