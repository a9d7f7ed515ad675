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
/// re-read each time, <see cref="Fulfilment"/> pays the order at most once, and money for a checkout
/// that no longer stands for its order is refunded.
/// </summary>
public sealed class PaymentConfirmation(
    CarPulseDb db,
    IPaymentGateway gateway,
    Fulfilment fulfilment,
    PaymentRefunds refunds,
    OrderSessionStore orders,
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

        return await ApplyAsync(attempt, checkout, whenProviderDown, cancellationToken);
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

        return checkout.Outcome == CheckoutOutcome.Expired
            ? await RecordAsync(attempt.Id, AttemptStatus.Cancelled, cancellationToken)
            : await ApplyAsync(attempt, checkout, ProviderOutage.ReportLastKnown, cancellationToken);
    }

    private async Task<ConfirmedPayment> ApplyAsync(PaymentAttempt attempt, ProviderCheckout checkout, ProviderOutage whenProviderDown, CancellationToken cancellationToken)
    {
        var status = checkout.Outcome switch
        {
            CheckoutOutcome.Paid => await FulfilAsync(attempt, checkout, whenProviderDown, cancellationToken),
            CheckoutOutcome.Processing => AttemptStatus.Processing,
            CheckoutOutcome.Failed => AttemptStatus.Failed,
            CheckoutOutcome.Declined => AttemptStatus.Declined,
            CheckoutOutcome.Expired => attempt.IsOpen ? AttemptStatus.Expired : attempt.Status,
            _ => attempt.Status,
        };
        return await RecordAsync(attempt.Id, status, cancellationToken);
    }

    /// <summary>Pays the order through <see cref="Fulfilment"/>; money that cannot pay it goes back at once.</summary>
    private async Task<AttemptStatus> FulfilAsync(PaymentAttempt attempt, ProviderCheckout checkout, ProviderOutage whenProviderDown, CancellationToken cancellationToken)
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
        await fulfilment.FulfilAsync(verified, attempt.Terms, attempt.Id, cancellationToken);
        var recorded = await db.Payments.AsNoTracking().SingleAsync(p => p.Provider == attempt.Provider && p.ProviderPaymentId == checkout.CheckoutId, cancellationToken);
        if (recorded.Status == PaymentStatus.RefundPending)
        {
            try
            {
                await refunds.RefundIfDueAsync(recorded.Id, cancellationToken);
            }
            catch (PaymentProviderUnavailable) when (whenProviderDown == ProviderOutage.ReportLastKnown)
            {
                // The refund stays due: the provider's next webhook delivery tries again.
            }
        }

        return recorded.Status switch
        {
            PaymentStatus.Succeeded => AttemptStatus.Succeeded,
            PaymentStatus.FlaggedForReview => AttemptStatus.FlaggedForReview,
            _ => AttemptStatus.Refunded,
        };
    }

    /// <summary>
    /// Records where the attempt stands, and what that means for its order, in one save guarded by the session's
    /// version: a delayed method freezes the order, its failure or an unpaid end frees it to change again.
    /// </summary>
    private Task<ConfirmedPayment> RecordAsync(string paymentId, AttemptStatus status, CancellationToken cancellationToken) =>
        db.RetryOnConflictAsync(
            async () =>
            {
                var attempt = await db.PaymentAttempts.SingleAsync(a => a.Id == paymentId, cancellationToken);
                attempt.MoveTo(status);
                var session = await db.OrderSessions.SingleOrDefaultAsync(s => s.Id == attempt.OrderSessionId, cancellationToken);
                if (session is not null)
                {
                    Settle(session, attempt);
                }

                await db.SaveChangesAsync(cancellationToken);
                return new ConfirmedPayment(attempt.OrderSessionId, attempt.Status);
            },
            cancellationToken);

    private void Settle(OrderSession session, PaymentAttempt attempt)
    {
        var now = clock.GetUtcNow();
        switch (attempt.Status)
        {
            case AttemptStatus.Processing when session is { Status: OrderStatus.VehiclesSelected, PaymentProcessing: false } && session.OpenCheckoutId == attempt.Id:
                session.AwaitDelayedPayment(attempt.Id, now + options.CurrentValue.DelayedSettlement, now);
                break;
            case AttemptStatus.Failed:
                session.DelayedPaymentFailed(attempt.Id, now, orders.SessionLifetime);
                session.CheckoutClosed(attempt.Id);
                break;
            case AttemptStatus.Declined or AttemptStatus.Cancelled or AttemptStatus.Expired:
                session.CheckoutClosed(attempt.Id);
                break;
        }
    }

    private async Task<PaymentAttempt> FindAsync(System.Linq.Expressions.Expression<Func<PaymentAttempt, bool>> match, CancellationToken cancellationToken) =>
        await db.PaymentAttempts.AsNoTracking().SingleOrDefaultAsync(match, cancellationToken) ?? throw new PaymentNotFound();
}
