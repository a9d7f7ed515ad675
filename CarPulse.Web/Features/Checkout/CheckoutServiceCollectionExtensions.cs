using CarPulse.Web.Features.Checkout.Store;
using CarPulse.Web.Features.Device;
using CarPulse.Web.Store;

namespace CarPulse.Web.Features.Checkout;

public static class CheckoutServiceCollectionExtensions
{
    /// <summary>One checkout store per circuit, with its effects.</summary>
    public static IServiceCollection AddCheckout(this IServiceCollection services)
    {
        services.AddSingleton<OrderChangeFeed>();
        services.AddScoped<ChangeOrigin>();
        services.AddScoped<CircuitClientAddress>();
        services.AddScoped<IEffect<CheckoutState>, CheckoutEffects>();
        services.AddScoped(provider => new Store<CheckoutState>(CheckoutState.Initial, CheckoutReducers.Reduce, provider.GetServices<IEffect<CheckoutState>>()));
        return services;
    }
}
