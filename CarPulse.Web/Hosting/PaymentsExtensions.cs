using CarPulse.Domain.Payments;
using Microsoft.Extensions.Options;
using Stripe;

namespace CarPulse.Web.Hosting;

public static class PaymentsExtensions
{
    private const string StripeHttpClient = "stripe";

    /// <summary>Payments, with Stripe's client built over <see cref="IHttpClientFactory"/> so its address and handlers are ours to set.</summary>
    public static IServiceCollection AddCarPulsePayments(this IServiceCollection services)
    {
        services.AddPayments();
        services.AddHttpClient(StripeHttpClient, http => http.Timeout = TimeSpan.FromSeconds(30));
        // Scoped: each scope takes a fresh HttpClient from the factory, so pooled handlers rotate as they should.
        services.AddScoped<IStripeClient>(provider =>
        {
            var stripe = provider.GetRequiredService<IOptionsMonitor<PaymentOptions>>().CurrentValue.Stripe;
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(StripeHttpClient);
            return new StripeClient(new StripeClientOptions
            {
                ApiKey = stripe.SecretKey,
                ApiBase = stripe.ApiBase.ToString().TrimEnd('/'),
                HttpClient = new SystemNetHttpClient(http, maxNetworkRetries: 2),
            });
        });
        return services;
    }
}
