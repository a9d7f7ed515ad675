using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Payments;

public enum ProviderOutage
{
    Throw,
    ReportLastKnown,
}

/// <summary>Where a payment stands after we asked the provider, and whose order it is.</summary>
public sealed record ConfirmedPayment(string OrderSessionId, AttemptStatus Status);

/// <summary>
/// Brings our record of a checkout in line with the provider's. Called by the webhook, the return
/// page and the cancel link, in any order, any number of times, at the same time: the provider is
/// re-read each time and <see cref="Fulfilment"/> pays the order at most once.
/// </summary>
public sealed class PaymentConfirmation(
    CarPulseDb db,
    IPaymentGateway gateway,
    Fulfilment fulfilment,
    IOptionsMonitor<PaymentOptions> options,
    TimeProvider clock)
{
    /// <param name="checkoutId">The provider's checkout id.</param>
    /// <param name="whenProviderDown">
    /// Throw (the webhook: the provider retries) or report the attempt as we last knew it (a browser
    /// returning: it is shown the order, and the webhook settles it later).
    /// </param>
    public async Task<ConfirmedPayment> ConfirmAsync(string checkoutId, ProviderOutage whenProviderDown, CancellationToken cancellationToken)
    {
        var attempt = await FindAsync(a => a.Provider == gateway.Provider && a.CheckoutId == checkoutId, cancellationToken);
        ProviderCheckout checkout;
        try
        {
            checkout = await gateway.GetCheckoutAsync(checkoutId, cancellationToken);
        }
        catch (PaymentProviderUnavailable) when (whenProviderDown == ProviderOutage.ReportLastKnown)
        {
            return new ConfirmedPayment(attempt.OrderSessionId, attempt.Status);
        }

        return await ApplyAsync(attempt, checkout, cancellationToken);
    }

    /// <summary>The customer left the provider's page: close the checkout, unless it was paid a moment ago.</summary>
    public async Task<ConfirmedPayment> CancelAsync(string paymentId, CancellationToken cancellationToken)
    {
        var attempt = await FindAsync(a => a.Id == paymentId, cancellationToken);
        if (attempt is not { CheckoutId: { } checkoutId, Status: AttemptStatus.Open })
        {
            return new ConfirmedPayment(attempt.OrderSessionId, attempt.Status);
        }

        ProviderCheckout checkout;
        try
        {
            await gateway.ExpireCheckoutAsync(checkoutId, cancellationToken);
            checkout = await gateway.GetCheckoutAsync(checkoutId, cancellationToken);
        }
        catch (PaymentProviderUnavailable)
        {
            // The customer is shown the order; starting another payment closes this checkout later.
            return new ConfirmedPayment(attempt.OrderSessionId, attempt.Status);
        }

        if (checkout.Outcome == CheckoutOutcome.Expired)
        {
            attempt.MoveTo(AttemptStatus.Cancelled);
            await db.SaveChangesAsync(cancellationToken);
            return new ConfirmedPayment(attempt.OrderSessionId, attempt.Status);
        }

        return await ApplyAsync(attempt, checkout, cancellationToken);
    }

    private async Task<ConfirmedPayment> ApplyAsync(PaymentAttempt attempt, ProviderCheckout checkout, CancellationToken cancellationToken)
    {
        var sessionId = attempt.OrderSessionId;
        var status = checkout.Outcome switch
        {
            CheckoutOutcome.Paid => await FulfilAsync(attempt, checkout, cancellationToken),
            CheckoutOutcome.Processing => await AwaitSettlementAsync(sessionId, cancellationToken),
            CheckoutOutcome.Failed => await SettlementFailedAsync(sessionId, cancellationToken),
            CheckoutOutcome.Declined => AttemptStatus.Declined,
            CheckoutOutcome.Expired => attempt.Status == AttemptStatus.Open ? AttemptStatus.Expired : attempt.Status,
            _ => attempt.Status,
        };

        // Fulfilment may have cleared the tracked entities after losing a race; re-read before the update.
        var current = await db.PaymentAttempts.SingleAsync(a => a.Id == attempt.Id, cancellationToken);
        current.MoveTo(status);
        await db.SaveChangesAsync(cancellationToken);
        return new ConfirmedPayment(sessionId, current.Status);
    }

    private async Task<AttemptStatus> FulfilAsync(PaymentAttempt attempt, ProviderCheckout checkout, CancellationToken cancellationToken)
    {
        var verified = new VerifiedPayment(
            attempt.Provider,
            checkout.CheckoutId,
            attempt.OrderSessionId,
            checkout.OrderReference ?? string.Empty,
            checkout.AmountCents,
            checkout.Currency,
            checkout.Method ?? PaymentMethods.Card,
            checkout.CustomerEmail);
        await fulfilment.FulfilAsync(verified, cancellationToken);
        var recorded = await db.Payments.SingleAsync(p => p.Provider == attempt.Provider && p.ProviderPaymentId == checkout.CheckoutId, cancellationToken);
        return recorded.Status == PaymentStatus.Succeeded ? AttemptStatus.Succeeded : AttemptStatus.FlaggedForReview;
    }

    private async Task<AttemptStatus> AwaitSettlementAsync(string sessionId, CancellationToken cancellationToken)
    {
        var session = await db.OrderSessions.SingleAsync(s => s.Id == sessionId, cancellationToken);
        if (session.Status == OrderStatus.VehiclesSelected)
        {
            var now = clock.GetUtcNow();
            session.AwaitDelayedPayment(now + options.CurrentValue.DelayedSettlement, now);
        }

        return AttemptStatus.Processing;
    }

    private async Task<AttemptStatus> SettlementFailedAsync(string sessionId, CancellationToken cancellationToken)
    {
        var session = await db.OrderSessions.SingleAsync(s => s.Id == sessionId, cancellationToken);
        if (session.PaymentProcessing)
        {
            session.DelayedPaymentFailed(clock.GetUtcNow());
        }

        return AttemptStatus.Failed;
    }

    private async Task<PaymentAttempt> FindAsync(System.Linq.Expressions.Expression<Func<PaymentAttempt, bool>> match, CancellationToken cancellationToken) =>
        await db.PaymentAttempts.SingleOrDefaultAsync(match, cancellationToken) ?? throw new PaymentNotFound();
}
