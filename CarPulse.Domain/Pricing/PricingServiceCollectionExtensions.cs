using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Pricing;

public static class PricingServiceCollectionExtensions
{
    public static IServiceCollection AddPricing(this IServiceCollection services)
    {
        services.AddOptions<PricingOptions>().BindConfiguration(PricingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PricingOptions>, PricingOptionsValidator>();
        services.AddScoped<ITierTableSource, StoredTierTableSource>();
        services.AddScoped<PricingService>();
        return services;
    }
}
