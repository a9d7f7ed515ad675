using CarPulse.Domain.Orders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Payments;

public static class PaymentsServiceCollectionExtensions
{
    /// <summary>
    /// Payments through the provider <c>Payments:Provider</c> names (Demo by default, or Stripe), checked at start.
    /// The caller registers <see cref="Stripe.IStripeClient"/> (it owns the HTTP stack).
    /// </summary>
    public static IServiceCollection AddPayments(this IServiceCollection services)
    {
        services.AddOptions<PaymentOptions>().BindConfiguration(PaymentOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PaymentOptions>, PaymentOptionsValidator>();
        services.AddOptions<CompanyOptions>().BindConfiguration(CompanyOptions.Section)
            .Validate(company => new[] { company.Name, company.Address, company.BusinessId, company.VatNumber, company.Email, company.Website }.All(value => !string.IsNullOrWhiteSpace(value)),
                "Company: Name, Address, BusinessId, VatNumber, Email and Website are all printed on receipts and must be set.")
            .ValidateOnStart();
        services.AddScoped<Fulfilment>();
        services.AddScoped<ZeroTotalPayment>();
        services.AddScoped<PaymentRefunds>();
        services.AddScoped<ICheckoutCloser, CheckoutCloser>();
        services.AddScoped<CheckoutStarter>();
        services.AddScoped<PaymentConfirmation>();
        services.AddScoped<ReceiptService>();
        services.AddScoped<DemoGateway>();
        services.AddScoped<StripeGateway>();
        services.AddScoped<IPaymentGateway>(provider =>
            provider.GetRequiredService<IOptionsMonitor<PaymentOptions>>().CurrentValue.Provider == PaymentProvider.Stripe
                ? provider.GetRequiredService<StripeGateway>()
                : provider.GetRequiredService<DemoGateway>());
        return services;
    }
}

internal sealed class PaymentOptionsValidator(IHostEnvironment environment) : IValidateOptions<PaymentOptions>
{
    private static readonly TimeSpan ShortestCheckout = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan LongestCheckout = TimeSpan.FromHours(24);

    public ValidateOptionsResult Validate(string? name, PaymentOptions options)
    {
        var failures = new List<string>();
        switch (options.Provider)
        {
            case PaymentProvider.Stripe:
                if (string.IsNullOrWhiteSpace(options.Stripe.SecretKey))
                {
                    failures.Add("Payments:Provider is Stripe: set Payments:Stripe:SecretKey.");
                }

                if (string.IsNullOrWhiteSpace(options.Stripe.WebhookSecret))
                {
                    failures.Add("Payments:Provider is Stripe: set Payments:Stripe:WebhookSecret, or webhooks cannot be verified.");
                }

                break;
            case PaymentProvider.Demo:
                if (!string.IsNullOrWhiteSpace(options.Stripe.SecretKey))
                {
                    failures.Add("Payments:Stripe:SecretKey is set but Payments:Provider is Demo: set Payments:Provider=Stripe to take real payments, or remove the key.");
                }

                if (environment.IsProduction() && !options.AllowDemoInProduction)
                {
                    failures.Add("Payments:Provider is Demo in Production, which would give reports away: set Payments:Provider=Stripe with its keys, or Payments:AllowDemoInProduction=true for a public demo.");
                }

                break;
            default:
                failures.Add("Payments:Provider must be Demo or Stripe.");
                break;
        }

        if (options.CheckoutLifetime < ShortestCheckout || options.CheckoutLifetime > LongestCheckout)
        {
            failures.Add("Payments:CheckoutLifetime must be between 00:30:00 and 24:00:00 (Stripe's limits).");
        }

        var unknown = options.ExcludedMethods.Concat(options.ExcludedInCar).Where(method => !PaymentMethods.All.Contains(method)).ToList();
        if (unknown.Count > 0)
        {
            failures.Add($"Payments: unknown payment method(s) {string.Join(", ", unknown)}; known: {string.Join(", ", PaymentMethods.All)}.");
        }

        if (PaymentMethods.All.All(method => options.ExcludedMethods.Contains(method)))
        {
            failures.Add("Payments:ExcludedMethods leaves no way to pay.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
