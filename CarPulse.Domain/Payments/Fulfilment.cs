using CarPulse.Domain.Funnel;
using CarPulse.Domain.Messages;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CarPulse.Domain.Payments;

/// <summary>
/// Turns a verified payment into a paid order, exactly once, checking it against the checkout's frozen terms. Safe
/// to call any number of times, from a webhook, a return page or a retry, in any order and at the same time. The
/// decision and its writes are one transaction guarded by the session's version: a change to the order that lands
/// in between makes the whole decision run again on the order as it now is.
/// </summary>
public sealed partial class Fulfilment(CarPulseDb db, CustomerMail mail, FunnelRecorder funnel, TimeProvider clock, ILogger<Fulfilment> log)
{
    /// <param name="terms">The terms the checkout was opened for (what the provider was asked to charge).</param>
    /// <param name="checkoutId">Our payment id of that checkout; null for a zero total, which has none.</param>
    /// <exception cref="OrderConflict">A zero total for an order that can no longer be paid so: nothing was taken, nothing is recorded.</exception>
    public async Task<FulfilmentOutcome> FulfilAsync(VerifiedPayment verified, CheckoutTerms terms, string? checkoutId, CancellationToken cancellationToken)
    {
        var outcome = await db.RetryOnConflictAsync(() => DecideAsync(verified, terms, checkoutId, cancellationToken), cancellationToken);
        if (outcome == FulfilmentOutcome.Fulfilled)
        {
            await funnel.OrderReachedAsync(FunnelStep.Paid, verified.OrderSessionId);
        }

        return outcome;
    }

    private async Task<FulfilmentOutcome> DecideAsync(VerifiedPayment verified, CheckoutTerms terms, string? checkoutId, CancellationToken cancellationToken)
    {
        if (await IsRecordedAsync(verified, cancellationToken))
        {
            return FulfilmentOutcome.AlreadyFulfilled;
        }

        var now = clock.GetUtcNow();
        var session = await db.OrderSessions.SingleOrDefaultAsync(s => s.Id == verified.OrderSessionId, cancellationToken)
            ?? throw new OrderNotFound();
        var payment = Decide(session, verified, terms, checkoutId, now);
        db.Payments.Add(payment);
        if (payment.Status == PaymentStatus.Succeeded)
        {
            // Paid, queued and confirmed in one transaction: a crash cannot leave a paid order nobody builds or tells.
            db.ReportJobs.Add(ReportJob.Queue(session.Id, now));
            mail.Queue(session, MessageKind.OrderConfirmation, payment.CustomerEmail, CustomerMail.ConfirmationEvent(session));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException duplicate) when (duplicate.IsUniqueViolation())
        {
            // Another call recorded the same payment a moment earlier: the unique index said no.
            db.ChangeTracker.Clear();
            await transaction.RollbackAsync(cancellationToken);
            if (await IsRecordedAsync(verified, cancellationToken))
            {
                return FulfilmentOutcome.AlreadyFulfilled;
            }

            throw;
        }

        if (payment.Status == PaymentStatus.Succeeded && terms.Quote.VoucherCode is { } code)
        {
            await CountRedemptionAsync(code, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return payment.Status switch
        {
            PaymentStatus.Succeeded => FulfilmentOutcome.Fulfilled,
            PaymentStatus.FlaggedForReview => FulfilmentOutcome.FlaggedForReview,
            _ => FulfilmentOutcome.Refunding,
        };
    }

    /// <summary>
    /// Paid when the checkout still stands for the order; money for a checkout that no longer does (closed, replaced,
    /// the order changed, paid or expired) goes back; an amount or order that differs from what was asked is for a person.
    /// </summary>
    private Payment Decide(OrderSession session, VerifiedPayment verified, CheckoutTerms terms, string? checkoutId, DateTimeOffset now)
    {
        try
        {
            if (verified.OrderReference != session.Reference)
            {
                throw new PaymentMismatch($"The payment names order {verified.OrderReference}, not {session.Reference}.");
            }

            session.MarkPaid(terms, checkoutId, verified.AmountCents, verified.Currency, now);
            return Payment.Succeeded(verified, now);
        }
        catch (PaymentMismatch mismatch)
        {
            LogFlagged(log, verified.Provider, nameof(PaymentMismatch));
            return Payment.Flagged(verified, mismatch.Message, now);
        }
        catch (DomainException superseded) when (verified.Provider != PaymentProvider.None && superseded is CheckoutSuperseded or OrderConflict or OrderGone)
        {
            LogRefunding(log, verified.Provider, superseded.GetType().Name);
            return Payment.ToRefund(verified, superseded.Message, now);
        }
    }

    private Task<bool> IsRecordedAsync(VerifiedPayment verified, CancellationToken cancellationToken) =>
        db.Payments.AnyAsync(p => p.Provider == verified.Provider && p.ProviderPaymentId == verified.ProviderPaymentId, cancellationToken);

    /// <summary>A redemption counts when the order is paid, even past the limit: the customer was quoted in good faith.</summary>
    private Task<int> CountRedemptionAsync(string code, CancellationToken cancellationToken) =>
        db.Vouchers.Where(v => v.Code == code)
            .ExecuteUpdateAsync(update => update.SetProperty(v => v.RedemptionCount, v => v.RedemptionCount + 1), cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment from {Provider} flagged for review: {Reason}")]
    private static partial void LogFlagged(ILogger logger, PaymentProvider provider, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment from {Provider} cannot pay its order ({Reason}); it will be refunded")]
    private static partial void LogRefunding(ILogger logger, PaymentProvider provider, string reason);
}
