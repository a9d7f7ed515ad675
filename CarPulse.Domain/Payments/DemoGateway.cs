using System.Buffers.Text;
using System.Security.Cryptography;
using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Domain.Payments;

/// <summary>
/// Takes "payments" when no Stripe keys are set: the embedded default and the public demo. Its
/// checkouts live in our database and its hosted page is <c>/simulator/payments/checkout/{id}</c>,
/// clearly marked as test mode; what happens there is confirmed through the same path as Stripe.
/// Like a real provider it keeps its own books: every call works in its own scope and database
/// context, never inside the caller's unit of work.
/// </summary>
public sealed class DemoGateway(IServiceScopeFactory scopes, TimeProvider clock) : IPaymentGateway
{
    public const string CheckoutPath = "simulator/payments/checkout/";

    public PaymentProvider Provider => PaymentProvider.Demo;

    public Task<HostedCheckout> StartCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken) => WithDbAsync(async db =>
    {
        var checkout = await db.DemoCheckouts.SingleOrDefaultAsync(c => c.IdempotencyKey == request.IdempotencyKey, cancellationToken);
        if (checkout is null)
        {
            checkout = DemoCheckout.Open("demo_cs_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18)), request, clock.GetUtcNow());
            db.DemoCheckouts.Add(checkout);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException duplicate) when (duplicate.IsUniqueViolation())
            {
                // The same start a moment earlier (its idempotency key is unique): answer with that checkout.
                db.ChangeTracker.Clear();
                checkout = await db.DemoCheckouts.SingleAsync(c => c.IdempotencyKey == request.IdempotencyKey, cancellationToken);
            }
        }

        return new HostedCheckout(checkout.Id, new Uri(request.CancelUrl, "/" + CheckoutPath + checkout.Id), checkout.ExpiresAt);
    });

    public async Task<ProviderCheckout> GetCheckoutAsync(string checkoutId, CancellationToken cancellationToken)
    {
        var checkout = await FindAsync(checkoutId, cancellationToken);
        var outcome = checkout.Outcome(clock.GetUtcNow());
        return new ProviderCheckout(checkout.Id, outcome, checkout.AmountCents, checkout.Currency, checkout.OrderReference, PaymentMethods.Card, checkout.CustomerEmail);
    }

    public async Task<bool> ExpireCheckoutAsync(string checkoutId, CancellationToken cancellationToken) =>
        (await CloseAsync(checkoutId, CheckoutOutcome.Expired, null, cancellationToken)).Closed;

    /// <summary>The demo page's buttons: Pay, Decline (like a refused card) or Cancel. A checkout that had already ended stays as it ended.</summary>
    /// <param name="customerEmail">The address the customer typed on the page, as Stripe Checkout asks for one.</param>
    public async Task<DemoCheckout> DecideAsync(string checkoutId, CheckoutOutcome decision, string? customerEmail, CancellationToken cancellationToken) =>
        (await CloseAsync(checkoutId, decision, customerEmail, cancellationToken)).Checkout;

    public Task RefundAsync(string checkoutId, string idempotencyKey, CancellationToken cancellationToken) => WithDbAsync(async db =>
    {
        var checkout = await FindAsync(db, checkoutId, cancellationToken);
        if (checkout.Refund(clock.GetUtcNow()))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return checkout;
    });

    public Task<DemoCheckout> FindAsync(string checkoutId, CancellationToken cancellationToken) =>
        WithDbAsync(db => FindAsync(db, checkoutId, cancellationToken));

    /// <summary>
    /// Decides an open checkout, once, as a provider would: the decision is a concurrency token, so of a Pay and an
    /// expiry that race, exactly one wins and the other sees the checkout as the winner left it.
    /// </summary>
    private Task<(DemoCheckout Checkout, bool Closed)> CloseAsync(string checkoutId, CheckoutOutcome decision, string? customerEmail, CancellationToken cancellationToken) => WithDbAsync(async db =>
    {
        var checkout = await FindAsync(db, checkoutId, cancellationToken);
        if (!checkout.Close(decision, customerEmail, clock.GetUtcNow()))
        {
            return (checkout, false);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (checkout, true);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return (await FindAsync(db, checkoutId, cancellationToken), false);
        }
    });

    private static async Task<DemoCheckout> FindAsync(CarPulseDb db, string checkoutId, CancellationToken cancellationToken) =>
        await db.DemoCheckouts.SingleOrDefaultAsync(c => c.Id == checkoutId, cancellationToken) ?? throw new PaymentNotFound();

    private async Task<T> WithDbAsync<T>(Func<CarPulseDb, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CarPulseDb>());
    }
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

    /// <summary>What the customer typed on the demo page (Stripe Checkout asks for it too).</summary>
    public string? CustomerEmail { get; private set; }

    /// <summary>When the demo provider gave the payment back.</summary>
    public DateTimeOffset? RefundedAt { get; private set; }

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
    internal bool Close(CheckoutOutcome decision, string? customerEmail, DateTimeOffset now)
    {
        if (Outcome(now) != CheckoutOutcome.Open)
        {
            return false;
        }

        Decision = decision;
        CustomerEmail = decision == CheckoutOutcome.Paid ? customerEmail : null;
        return true;
    }

    /// <summary>Only a paid checkout can be refunded, and only once; false when there was nothing (more) to refund.</summary>
    internal bool Refund(DateTimeOffset now)
    {
        if (Decision != CheckoutOutcome.Paid || RefundedAt is not null)
        {
            return false;
        }

        RefundedAt = now;
        return true;
    }
}
