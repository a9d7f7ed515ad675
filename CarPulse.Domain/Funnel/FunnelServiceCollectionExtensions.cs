using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Domain.Funnel;

public static class FunnelServiceCollectionExtensions
{
    public static IServiceCollection AddFunnel(this IServiceCollection services)
    {
        services.AddSingleton<FunnelRecorder>();
        services.AddScoped<FunnelReport>();
        return services;
    }
}
