using System.Buffers.Text;
using System.Security.Cryptography;

namespace CarPulse.Domain.Payments;

public enum AttemptStatus
{
    /// <summary>Reserved; the provider has not answered yet.</summary>
    Starting,
    Open,
    Processing,
    Succeeded,
    FlaggedForReview,
    Failed,
    Declined,
    Cancelled,
    Expired,
}

/// <summary>
/// One hosted checkout started for an order. Attempts are numbered per order; the number is part of
/// the provider's idempotency key, so two starts that race create one checkout, not two.
/// </summary>
public sealed class PaymentAttempt
{
    private PaymentAttempt()
    {
        Id = string.Empty;
        OrderSessionId = string.Empty;
        Currency = string.Empty;
        PreferredMethod = string.Empty;
    }

    private PaymentAttempt(string orderSessionId, int number, PaymentProvider provider, long amountCents, string currency, string preferredMethod, DateTimeOffset now)
    {
        Id = "pay_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        OrderSessionId = orderSessionId;
        Number = number;
        Provider = provider;
        AmountCents = amountCents;
        Currency = currency;
        PreferredMethod = preferredMethod;
        Status = AttemptStatus.Starting;
        CreatedAt = now;
        ExpiresAt = now;
    }

    /// <summary>Our public payment id, <c>pay_…</c>: in the cancel link and the API, never the session id.</summary>
    public string Id { get; private set; }
    public string OrderSessionId { get; private set; }
    public int Number { get; private set; }
    public PaymentProvider Provider { get; private set; }
    public string? CheckoutId { get; private set; }
    public Uri? CheckoutUrl { get; private set; }
    public long AmountCents { get; private set; }
    public string Currency { get; private set; }
    public string PreferredMethod { get; private set; }
    public AttemptStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }

    public bool IsSettled => Status is AttemptStatus.Succeeded or AttemptStatus.FlaggedForReview;

    /// <summary>Claims the attempt number first: of two starts that race, one inserts and the other learns it lost.</summary>
    internal static PaymentAttempt Reserve(string orderSessionId, int number, PaymentProvider provider, long amountCents, string currency, string preferredMethod, DateTimeOffset now) =>
        new(orderSessionId, number, provider, amountCents, currency, preferredMethod, now);

    internal void Started(HostedCheckout checkout)
    {
        CheckoutId = checkout.CheckoutId;
        CheckoutUrl = checkout.Url;
        ExpiresAt = checkout.ExpiresAt;
        Status = AttemptStatus.Open;
    }

    /// <summary>Settled attempts stay settled: a late "expired" or "failed" never undoes a payment.</summary>
    internal void MoveTo(AttemptStatus status)
    {
        if (!IsSettled)
        {
            Status = status;
        }
    }
}
