using CarPulse.Domain.Funnel;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Payments;

/// <summary>Where the customer came from: the app's public address, the page language, and whether this is the car's browser.</summary>
public sealed record PaymentContext(Uri BaseUri, string Language, bool InCar)
{
    /// <summary>The address a free order's link is sent to, in its stored form (<see cref="Messages.EmailAddress"/>); a paid order's comes from the provider.</summary>
    public string? CustomerEmail { get; init; }
}

public abstract record PaymentStart;

/// <summary>A zero total: paid at once without a provider.</summary>
public sealed record PaidWithoutProvider : PaymentStart;

/// <summary>Send the customer to the provider's hosted checkout.</summary>
public sealed record RedirectToCheckout(string PaymentId, PaymentProvider Provider, Uri CheckoutUrl) : PaymentStart;

/// <summary>
/// Starts one payment for an order: a checkout opened for the order's terms, frozen (the selection and the quote
/// stored on the session; the client never names an amount), after closing the checkout opened before. A zero total
/// is paid here without a provider.
/// </summary>
public sealed class CheckoutStarter(
    CarPulseDb db,
    OrderSessionStore orders,
    ICheckoutCloser checkouts,
    IPaymentGateway gateway,
    ZeroTotalPayment zeroTotal,
    FunnelRecorder funnel,
    IOptionsMonitor<PaymentOptions> options,
    TimeProvider clock)
{
    /// <param name="method">The method the customer prefers, if they said; the provider's page offers every allowed method either way.</param>
    public async Task<PaymentStart> StartAsync(string sessionId, string? method, PaymentContext context, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (method is not null && !PaymentMethods.Offered(settings, context.InCar).Contains(method))
        {
            throw new InputInvalid("method", $"Payment method '{method}' is not offered here.");
        }

        var (session, terms, attempt) = await orders.ChangeAsync(sessionId, session => OpenAsync(session, method, context, settings, cancellationToken), cancellationToken);
        await funnel.OrderReachedAsync(FunnelStep.PaymentStarted, sessionId);
        if (attempt is null)
        {
            await zeroTotal.PayAsync(session, terms, context.CustomerEmail, cancellationToken);
            return new PaidWithoutProvider();
        }

        HostedCheckout checkout;
        try
        {
            checkout = await gateway.StartCheckoutAsync(Request(session, attempt, settings, context), cancellationToken);
        }
        catch (PaymentProviderUnavailable)
        {
            await EndAsync(attempt, AttemptStatus.Failed);
            throw;
        }

        attempt.Started(checkout);
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The order changed (or another payment started) while the provider opened this one: nobody may pay it.
            await gateway.ExpireCheckoutAsync(checkout.CheckoutId, CancellationToken.None);
            throw new OrderChangedConcurrently();
        }

        return new RedirectToCheckout(attempt.Id, attempt.Provider, checkout.Url);
    }

    /// <summary>Freezes the terms into a new attempt that the session names as its one open checkout; none for a zero total.</summary>
    private async Task<(OrderSession Session, CheckoutTerms Terms, PaymentAttempt? Attempt)> OpenAsync(
        OrderSession session, string? method, PaymentContext context, PaymentOptions settings, CancellationToken cancellationToken)
    {
        if (session is not { Terms: { } terms } || session.PaymentProcessing)
        {
            throw new OrderConflict(session.Status, session.PaymentProcessing ? "start a payment while one is processing" : "start a payment");
        }

        session.RecordCustomer(context.Language, context.BaseUri);
        if (terms.Quote.TotalCents == 0)
        {
            return (session, terms, null);
        }

        var now = clock.GetUtcNow();
        var number = 1 + (await db.PaymentAttempts.Where(a => a.OrderSessionId == session.Id).MaxAsync(a => (int?)a.Number, cancellationToken) ?? 0);
        var attempt = PaymentAttempt.Reserve(session.Id, number, gateway.Provider, terms, method ?? string.Empty, now);
        db.PaymentAttempts.Add(attempt);
        await checkouts.ChangeTermsAsync(session, () => session.OpenCheckout(attempt.Id, now + settings.CheckoutLifetime, now), cancellationToken);
        return (session, terms, attempt);
    }

    /// <summary>The provider could not open the checkout: it is over, and the order may change or pay again.</summary>
    private async Task EndAsync(PaymentAttempt attempt, AttemptStatus status)
    {
        db.ChangeTracker.Clear();
        await orders.ChangeAsync(
            attempt.OrderSessionId,
            async session =>
            {
                var current = await db.PaymentAttempts.SingleAsync(a => a.Id == attempt.Id, CancellationToken.None);
                current.MoveTo(status);
                session.CheckoutClosed(attempt.Id);
            },
            CancellationToken.None);
    }

    private CheckoutRequest Request(OrderSession session, PaymentAttempt attempt, PaymentOptions settings, PaymentContext context)
    {
        var quote = attempt.Quote;
        var excluded = settings.ExcludedMethods.Concat(context.InCar ? settings.ExcludedInCar : [])
            .Where(method => !PaymentMethods.Wallets.Contains(method))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var description = $"CarPulse {PackageCatalog.Get(quote.Package).Title} — {quote.VehicleCount} {(quote.VehicleCount == 1 ? "vehicle" : "vehicles")}";
        return new CheckoutRequest(
            attempt.Id,
            session.Reference,
            attempt.Number,
            $"checkout-{session.Reference}-{attempt.Number}",
            quote.TotalCents,
            quote.Currency,
            description,
            context.Language,
            new Uri(context.BaseUri, $"payments/{gateway.Provider.ToString().ToLowerInvariant()}/return?session_id={{CHECKOUT_SESSION_ID}}"),
            new Uri(context.BaseUri, $"payments/cancelled?payment_id={attempt.Id}"),
            clock.GetUtcNow() + settings.CheckoutLifetime,
            excluded,
            context.InCar);
    }
}
