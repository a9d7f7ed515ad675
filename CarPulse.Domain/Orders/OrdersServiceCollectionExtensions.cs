using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Domain.Orders;

public static class OrdersServiceCollectionExtensions
{
    public static IServiceCollection AddOrders(this IServiceCollection services)
    {
        services.AddOptions<OrderOptions>().BindConfiguration(OrderOptions.Section)
            .Validate(options => options.CleanupInterval > TimeSpan.Zero, "Orders:CleanupInterval must be positive.")
            .Validate(options => options.ExpiredRetention >= TimeSpan.Zero, "Orders:ExpiredRetention must not be negative.")
            .ValidateOnStart();
        services.AddScoped<OrderSessionStore>();
        services.AddScoped<OrderService>();
        services.AddScoped<ExpiredSessionSweeper>();
        services.AddHostedService<ExpiredSessionCleanupService>();
        return services;
    }
}
