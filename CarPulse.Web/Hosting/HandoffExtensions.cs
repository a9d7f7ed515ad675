using CarPulse.Domain.Orders.Handoffs;
using CarPulse.Web.Features.Checkout.Handoff;

namespace CarPulse.Web.Hosting;

public static class HandoffExtensions
{
    /// <summary>"Continue on your phone": the domain service that issues and redeems links, and the circuit's link maker.</summary>
    public static IServiceCollection AddHandoff(this IServiceCollection services)
    {
        services.AddScoped<HandoffService>();
        services.AddScoped<HandoffLinks>();
        return services;
    }
}
