using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Domain.Orders;

public static class OrdersServiceCollectionExtensions
{
    public static IServiceCollection AddOrders(this IServiceCollection services)
    {
        services.AddOptions<OrderOptions>().BindConfiguration(OrderOptions.Section)
            .Validate(options => options.CleanupInterval > TimeSpan.Zero, "Orders:CleanupInterval must be positive.")
            .Validate(options => options.ExpiredRetention >= TimeSpan.Zero, "Orders:ExpiredRetention must not be negative.")
            .Validate(
                options => options.SessionLifetime >= TimeSpan.FromMinutes(5) && options.SessionLifetime <= TimeSpan.FromDays(1),
                "Orders:SessionLifetime must be between 00:05:00 and 1.00:00:00.")
            .ValidateOnStart();
        services.AddScoped<OrderSessionStore>();
        services.AddScoped<OrderService>();
        services.AddScoped<ExpiredSessionSweeper>();
        services.AddHostedService<ExpiredSessionCleanupService>();
        return services;
    }
}
