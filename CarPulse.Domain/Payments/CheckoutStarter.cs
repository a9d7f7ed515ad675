using CarPulse.Domain.Funnel;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Payments;

/// <summary>Where the customer came from: the app's public address, the page language, and whether this is the car's browser.</summary>
public sealed record PaymentContext(Uri BaseUri, string Language, bool InCar);

public abstract record PaymentStart;

/// <summary>A zero total: paid at once without a provider.</summary>
public sealed record PaidWithoutProvider : PaymentStart;

/// <summary>Send the customer to the provider's hosted checkout.</summary>
public sealed record RedirectToCheckout(string PaymentId, PaymentProvider Provider, Uri CheckoutUrl) : PaymentStart;

/// <summary>
/// Starts one payment for an order, for exactly the quote stored on the session. The client never
/// names an amount. A zero total is paid here without a provider.
/// </summary>
public sealed class CheckoutStarter(
    CarPulseDb db,
    OrderSessionStore orders,
    IPaymentGateway gateway,
    ZeroTotalPayment zeroTotal,
    FunnelRecorder funnel,
    IOptionsMonitor<PaymentOptions> options,
    TimeProvider clock)
{
    /// <param name="method">The method the customer prefers, if they said; the provider's page offers every allowed method either way.</param>
    public async Task<PaymentStart> StartAsync(string sessionId, string? method, PaymentContext context, CancellationToken cancellationToken)
    {
        var session = await orders.GetLiveAsync(sessionId, cancellationToken);
        if (session is not { Status: OrderStatus.VehiclesSelected, Quote: { } quote } || session.PaymentProcessing)
        {
            throw new OrderConflict(session.Status, session.PaymentProcessing ? "start a payment while one is processing" : "start a payment");
        }

        session.RecordCustomer(context.Language, context.BaseUri);
        await funnel.OrderReachedAsync(FunnelStep.PaymentStarted, sessionId);
        if (quote.TotalCents == 0)
        {
            await zeroTotal.PayAsync(sessionId, cancellationToken);
            return new PaidWithoutProvider();
        }

        var settings = options.CurrentValue;
        if (method is not null && !PaymentMethods.Offered(settings, context.InCar).Contains(method))
        {
            throw new InputInvalid("method", $"Payment method '{method}' is not offered here.");
        }

        await CloseOpenCheckoutsAsync(sessionId, cancellationToken);
        var attempt = await ReserveAsync(session, quote, method, settings, cancellationToken);
        try
        {
            var checkout = await gateway.StartCheckoutAsync(Request(session, quote, attempt, settings, context), cancellationToken);
            attempt.Started(checkout);
            return new RedirectToCheckout(attempt.Id, attempt.Provider, checkout.Url);
        }
        catch (PaymentProviderUnavailable)
        {
            attempt.MoveTo(AttemptStatus.Failed);
            throw;
        }
        finally
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }

    /// <summary>A checkout left open (the customer came back without paying) is closed, so only the newest can be paid.</summary>
    private async Task CloseOpenCheckoutsAsync(string sessionId, CancellationToken cancellationToken)
    {
        var open = await db.PaymentAttempts.Where(a => a.OrderSessionId == sessionId && a.Status == AttemptStatus.Open).ToListAsync(cancellationToken);
        foreach (var attempt in open)
        {
            if (attempt.CheckoutId is { } checkoutId && await gateway.ExpireCheckoutAsync(checkoutId, cancellationToken))
            {
                attempt.MoveTo(AttemptStatus.Cancelled);
            }
        }
    }

    /// <summary>Claims the next attempt number and keeps the session alive for the checkout's lifetime.</summary>
    private async Task<PaymentAttempt> ReserveAsync(OrderSession session, OrderQuote quote, string? method, PaymentOptions settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var number = 1 + (await db.PaymentAttempts.Where(a => a.OrderSessionId == session.Id).MaxAsync(a => (int?)a.Number, cancellationToken) ?? 0);
        var attempt = PaymentAttempt.Reserve(session.Id, number, gateway.Provider, quote.TotalCents, quote.Currency, method ?? string.Empty, now);
        db.PaymentAttempts.Add(attempt);
        session.HoldForCheckout(now + settings.CheckoutLifetime, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new OrderConflict(session.Status, "start two payments at once");
        }

        return attempt;
    }

    private CheckoutRequest Request(OrderSession session, OrderQuote quote, PaymentAttempt attempt, PaymentOptions settings, PaymentContext context)
    {
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
