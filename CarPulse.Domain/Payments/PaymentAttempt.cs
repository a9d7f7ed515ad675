using System.Buffers.Text;
using System.Security.Cryptography;
using CarPulse.Domain.Orders;

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

    /// <summary>Paid after the order had moved on (the checkout was closed, or the order changed or was paid): the money went back.</summary>
    Refunded,
}

/// <summary>
/// One hosted checkout started for an order, for the order's terms frozen at that moment (<see cref="Quote"/>,
/// <see cref="VehicleIds"/>): the provider is asked for exactly that total. Attempts are numbered per order; the
/// number is part of the provider's idempotency key. The status is a concurrency token: two requests that move the
/// same attempt cannot both win.
/// </summary>
public sealed class PaymentAttempt
{
    private PaymentAttempt()
    {
        Id = string.Empty;
        OrderSessionId = string.Empty;
        Quote = null!;
        PreferredMethod = string.Empty;
    }

    private PaymentAttempt(string orderSessionId, int number, PaymentProvider provider, CheckoutTerms terms, string preferredMethod, DateTimeOffset now)
    {
        Id = "pay_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        OrderSessionId = orderSessionId;
        Number = number;
        Provider = provider;
        // A copy: EF tracks an owned value per owner, so the session's quote instance cannot be shared.
        Quote = terms.Quote with { };
        VehicleIds = [.. terms.VehicleIds];
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

    /// <summary>The quote this checkout charges, frozen when it opened.</summary>
    public OrderQuote Quote { get; private set; }

    /// <summary>The vehicles that quote is for.</summary>
    public List<long> VehicleIds { get; private set; } = [];

    public long AmountCents => Quote.TotalCents;
    public string Currency => Quote.Currency;
    public string PreferredMethod { get; private set; }
    public AttemptStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }

    public bool IsSettled => Status is AttemptStatus.Succeeded or AttemptStatus.FlaggedForReview or AttemptStatus.Refunded;

    /// <summary>Still payable, or about to be: the provider may yet take money for it.</summary>
    public bool IsOpen => Status is AttemptStatus.Starting or AttemptStatus.Open;

    public CheckoutTerms Terms => new(VehicleIds, Quote);

    internal static PaymentAttempt Reserve(string orderSessionId, int number, PaymentProvider provider, CheckoutTerms terms, string preferredMethod, DateTimeOffset now) =>
        new(orderSessionId, number, provider, terms, preferredMethod, now);

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
