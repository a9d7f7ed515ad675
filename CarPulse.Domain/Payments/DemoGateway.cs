using System.Buffers.Text;
using System.Security.Cryptography;
using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPulse.Domain.Payments;

/// <summary>
/// Takes "payments" when no Stripe keys are set: the embedded default and the public demo. Its
/// checkouts live in our database and its hosted page is <c>/simulator/payments/checkout/{id}</c>,
/// clearly marked as test mode; what happens there is confirmed through the same path as Stripe.
/// </summary>
public sealed class DemoGateway(CarPulseDb db, TimeProvider clock) : IPaymentGateway
{
    public const string CheckoutPath = "simulator/payments/checkout/";

    public PaymentProvider Provider => PaymentProvider.Demo;

    public async Task<HostedCheckout> StartCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        var existing = await db.DemoCheckouts.SingleOrDefaultAsync(c => c.IdempotencyKey == request.IdempotencyKey, cancellationToken);
        var checkout = existing ?? DemoCheckout.Open(
            "demo_cs_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18)), request, clock.GetUtcNow());
        if (existing is null)
        {
            db.DemoCheckouts.Add(checkout);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new HostedCheckout(checkout.Id, new Uri(request.CancelUrl, "/" + CheckoutPath + checkout.Id), checkout.ExpiresAt);
    }

    public async Task<ProviderCheckout> GetCheckoutAsync(string checkoutId, CancellationToken cancellationToken)
    {
        var checkout = await FindAsync(checkoutId, cancellationToken);
        var outcome = checkout.Outcome(clock.GetUtcNow());
        return new ProviderCheckout(checkout.Id, outcome, checkout.AmountCents, checkout.Currency, checkout.OrderReference, PaymentMethods.Card, null);
    }

    public async Task<bool> ExpireCheckoutAsync(string checkoutId, CancellationToken cancellationToken)
    {
        var checkout = await FindAsync(checkoutId, cancellationToken);
        var closed = checkout.Close(CheckoutOutcome.Expired, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return closed;
    }

    /// <summary>The demo page's buttons: Pay, Decline (like a refused card) or Cancel.</summary>
    public async Task<DemoCheckout> DecideAsync(string checkoutId, CheckoutOutcome decision, CancellationToken cancellationToken)
    {
        var checkout = await FindAsync(checkoutId, cancellationToken);
        checkout.Close(decision, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return checkout;
    }

    public async Task<DemoCheckout> FindAsync(string checkoutId, CancellationToken cancellationToken) =>
        await db.DemoCheckouts.SingleOrDefaultAsync(c => c.Id == checkoutId, cancellationToken) ?? throw new PaymentNotFound();
}

/// <summary>The demo provider's own record of a checkout, as Stripe keeps its Checkout Sessions.</summary>
public sealed class DemoCheckout
{
    private DemoCheckout()
    {
        Id = string.Empty;
        IdempotencyKey = string.Empty;
        OrderReference = string.Empty;
        Description = string.Empty;
        Currency = string.Empty;
        SuccessUrl = string.Empty;
        CancelUrl = string.Empty;
    }

    public string Id { get; private set; }
    public string IdempotencyKey { get; private set; }
    public string OrderReference { get; private set; }
    public string Description { get; private set; }
    public long AmountCents { get; private set; }
    public string Currency { get; private set; }
    public string SuccessUrl { get; private set; }
    public string CancelUrl { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public CheckoutOutcome? Decision { get; private set; }

    public CheckoutOutcome Outcome(DateTimeOffset now) => Decision ?? (now >= ExpiresAt ? CheckoutOutcome.Expired : CheckoutOutcome.Open);

    /// <summary>Where the browser goes after a decision; the success address carries the checkout id as Stripe's does.</summary>
    public string ReturnUrl => Decision == CheckoutOutcome.Paid ? SuccessUrl.Replace("{CHECKOUT_SESSION_ID}", Id, StringComparison.Ordinal) : CancelUrl;

    internal static DemoCheckout Open(string id, CheckoutRequest request, DateTimeOffset now) => new()
    {
        Id = id,
        IdempotencyKey = request.IdempotencyKey,
        OrderReference = request.OrderReference,
        Description = request.Description,
        AmountCents = request.AmountCents,
        Currency = request.Currency,
        SuccessUrl = request.SuccessUrl.ToString(),
        CancelUrl = request.CancelUrl.ToString(),
        ExpiresAt = request.ExpiresAt,
    };

    /// <summary>Only an open checkout can be decided; false when it had already ended.</summary>
    internal bool Close(CheckoutOutcome decision, DateTimeOffset now)
    {
        if (Outcome(now) != CheckoutOutcome.Open)
        {
            return false;
        }

        Decision = decision;
        return true;
    }
}
