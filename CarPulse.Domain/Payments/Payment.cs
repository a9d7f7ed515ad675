using CarPulse.Domain.Messages;

namespace CarPulse.Domain.Payments;

public enum PaymentProvider
{
    /// <summary>A zero total (a free voucher): paid without any provider.</summary>
    None,
    Demo,
    Stripe,
}

public enum PaymentStatus
{
    Succeeded,

    /// <summary>The provider says paid, but amount, currency or order do not match the frozen quote: a person must look.</summary>
    FlaggedForReview,

    /// <summary>Paid for a checkout that no longer stood for the order (closed, changed, already paid, expired): to be refunded.</summary>
    RefundPending,

    /// <summary>That money went back to the customer; the provider confirmed the refund.</summary>
    Refunded,
}

/// <summary>
/// One verified payment. The unique (provider, provider payment id) index is what makes fulfilment
/// exactly-once: a second webhook, a racing return page or a retry cannot insert it again.
/// </summary>
public sealed class Payment
{
    private Payment()
    {
        OrderSessionId = string.Empty;
        ProviderPaymentId = string.Empty;
        Method = string.Empty;
        Currency = string.Empty;
    }

    private Payment(VerifiedPayment verified, PaymentStatus status, string? reason, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        OrderSessionId = verified.OrderSessionId;
        Provider = verified.Provider;
        ProviderPaymentId = verified.ProviderPaymentId;
        Method = verified.Method;
        AmountCents = verified.AmountCents;
        Currency = verified.Currency;
        CustomerEmail = EmailAddress.Normalise(verified.CustomerEmail);
        Status = status;
        Reason = reason;
        RecordedAt = now;
    }

    public Guid Id { get; private set; }
    public string OrderSessionId { get; private set; }
    public PaymentProvider Provider { get; private set; }
    public string ProviderPaymentId { get; private set; }
    public string Method { get; private set; }
    public long AmountCents { get; private set; }
    public string Currency { get; private set; }
    /// <summary>Where the order's messages go (the provider's checkout asked for it; optional on a free order); erased with the order's data.</summary>
    public string? CustomerEmail { get; private set; }
    public PaymentStatus Status { get; private set; }

    /// <summary>Why the payment was flagged or refunded; null for a payment that paid its order.</summary>
    public string? Reason { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public DateTimeOffset? RefundedAt { get; private set; }

    internal static Payment Succeeded(VerifiedPayment verified, DateTimeOffset now) => new(verified, PaymentStatus.Succeeded, null, now);

    internal static Payment Flagged(VerifiedPayment verified, string reason, DateTimeOffset now) => new(verified, PaymentStatus.FlaggedForReview, reason, now);

    internal static Payment ToRefund(VerifiedPayment verified, string reason, DateTimeOffset now) => new(verified, PaymentStatus.RefundPending, reason, now);

    /// <summary>The order's data was deleted: the payment stays for the books, the customer's address goes.</summary>
    internal void EraseCustomerEmail() => CustomerEmail = null;

    internal void MarkRefunded(DateTimeOffset now)
    {
        Status = PaymentStatus.Refunded;
        RefundedAt = now;
    }
}

/// <summary>What the provider (re-read by us, never taken from the browser) says was paid.</summary>
public sealed record VerifiedPayment(
    PaymentProvider Provider,
    string ProviderPaymentId,
    string OrderSessionId,
    string OrderReference,
    long AmountCents,
    string Currency,
    string Method,
    string? CustomerEmail);

public enum FulfilmentOutcome
{
    Fulfilled,
    AlreadyFulfilled,
    FlaggedForReview,

    /// <summary>The payment could not pay its order (closed checkout, changed or paid order): it is refunded.</summary>
    Refunding,
}
