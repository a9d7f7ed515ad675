namespace CarPulse.Domain.Payments;

/// <summary>
/// A payment provider's hosted checkout. The amount always comes from the session's stored quote;
/// what was paid is always re-read from the provider, never taken from a browser or a webhook body.
/// </summary>
public interface IPaymentGateway
{
    PaymentProvider Provider { get; }

    Task<HostedCheckout> StartCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken);

    Task<ProviderCheckout> GetCheckoutAsync(string checkoutId, CancellationToken cancellationToken);

    /// <summary>Closes a checkout that must no longer be paid (the customer cancelled or started another); false when it had already ended.</summary>
    Task<bool> ExpireCheckoutAsync(string checkoutId, CancellationToken cancellationToken);

    /// <summary>Gives the whole payment of a paid checkout back; the same <paramref name="idempotencyKey"/> again refunds nothing more.</summary>
    Task RefundAsync(string checkoutId, string idempotencyKey, CancellationToken cancellationToken);
}

/// <summary>What to charge. <paramref name="IdempotencyKey"/> makes a repeated start (a double click, a retry) return the same checkout.</summary>
public sealed record CheckoutRequest(
    string PaymentId,
    string OrderReference,
    int Attempt,
    string IdempotencyKey,
    long AmountCents,
    string Currency,
    string Description,
    string Language,
    Uri SuccessUrl,
    Uri CancelUrl,
    DateTimeOffset ExpiresAt,
    IReadOnlyCollection<string> ExcludedMethods,
    bool InCar);

public sealed record HostedCheckout(string CheckoutId, Uri Url, DateTimeOffset ExpiresAt);

public enum CheckoutOutcome
{
    /// <summary>The customer has not finished (or is retrying after a decline on the provider's page).</summary>
    Open,
    Paid,

    /// <summary>Submitted with a delayed method; the money has not arrived yet.</summary>
    Processing,

    /// <summary>A delayed method failed after submission.</summary>
    Failed,

    /// <summary>Closed without payment: expired or cancelled.</summary>
    Expired,

    /// <summary>The demo's Decline button. Stripe keeps a declined customer on its page to try again, so it never reports this.</summary>
    Declined,
}

/// <summary>The provider's own account of a checkout.</summary>
public sealed record ProviderCheckout(
    string CheckoutId,
    CheckoutOutcome Outcome,
    long AmountCents,
    string Currency,
    string? OrderReference,
    string? Method,
    string? CustomerEmail);
