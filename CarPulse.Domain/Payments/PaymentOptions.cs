namespace CarPulse.Domain.Payments;

public sealed class PaymentOptions
{
    public const string Section = "Payments";

    /// <summary>Who takes the payments: <see cref="PaymentProvider.Demo"/> (test mode, the embedded default) or <see cref="PaymentProvider.Stripe"/>.</summary>
    public PaymentProvider Provider { get; init; } = PaymentProvider.Demo;

    /// <summary>Stripe's keys, used when <see cref="Provider"/> is Stripe.</summary>
    public StripeOptions Stripe { get; init; } = new();

    /// <summary>Methods never offered, by provider type (e.g. <c>paypal</c>); the rest are the account's dynamic methods.</summary>
    public string[] ExcludedMethods { get; init; } = [];

    /// <summary>Methods not offered in the Tesla in-car browser, where wallets cannot open; the phone handoff is offered instead.</summary>
    public string[] ExcludedInCar { get; init; } = [PaymentMethods.ApplePay, PaymentMethods.GooglePay];

    /// <summary>How long a hosted checkout stays open. Stripe accepts 30 minutes to 24 hours.</summary>
    public TimeSpan CheckoutLifetime { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How long an order waits for a delayed method (a bank debit) to settle.</summary>
    public TimeSpan DelayedSettlement { get; init; } = TimeSpan.FromDays(7);

    /// <summary>A public demo may run the demo gateway in Production; otherwise Production needs Stripe keys.</summary>
    public bool AllowDemoInProduction { get; init; }
}

public sealed class StripeOptions
{
    public string? SecretKey { get; init; }

    /// <summary>The endpoint's signing secret (<c>whsec_…</c>); required with a secret key.</summary>
    public string? WebhookSecret { get; init; }

    /// <summary>Stripe's API address; only tests point it elsewhere.</summary>
    public Uri ApiBase { get; init; } = new("https://api.stripe.com");

    /// <summary>A payment method configuration (<c>pmc_…</c>) from the Stripe dashboard; empty uses the account default.</summary>
    public string? PaymentMethodConfiguration { get; init; }

    /// <summary>The configuration for checkouts started in the car (wallets off there); empty uses <see cref="PaymentMethodConfiguration"/>.</summary>
    public string? InCarPaymentMethodConfiguration { get; init; }
}
