using CarPulse.Domain.Funnel;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CarPulse.Domain.Payments;

/// <summary>
/// Turns a verified payment into a paid order, exactly once. Safe to call any number of times, from
/// a webhook, a return page or a retry, in any order and at the same time.
/// </summary>
public sealed partial class Fulfilment(CarPulseDb db, FunnelRecorder funnel, TimeProvider clock, ILogger<Fulfilment> log)
{
    public async Task<FulfilmentOutcome> FulfilAsync(VerifiedPayment verified, CancellationToken cancellationToken)
    {
        if (await IsRecordedAsync(verified, cancellationToken))
        {
            return FulfilmentOutcome.AlreadyFulfilled;
        }

        var now = clock.GetUtcNow();
        var session = await db.OrderSessions.SingleOrDefaultAsync(s => s.Id == verified.OrderSessionId, cancellationToken)
            ?? throw new OrderNotFound();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Payment payment;
        try
        {
            if (verified.OrderReference != session.Reference)
            {
                throw new PaymentMismatch($"The payment names order {verified.OrderReference}, not {session.Reference}.");
            }

            session.MarkPaid(verified.AmountCents, verified.Currency, now);
            payment = Payment.Succeeded(verified, now);
        }
        catch (DomainException refused) when (refused is PaymentMismatch or OrderConflict or OrderGone)
        {
            payment = Payment.Flagged(verified, refused.Message, now);
            LogFlagged(log, verified.Provider, refused.GetType().Name);
        }

        db.Payments.Add(payment);
        if (payment.Status == PaymentStatus.Succeeded)
        {
            // Paid and queued in one transaction: a crash cannot leave a paid order nobody builds.
            db.ReportJobs.Add(ReportJob.Queue(session.Id, now));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another call fulfilled the same payment a moment earlier: the unique index said no.
            db.ChangeTracker.Clear();
            await transaction.RollbackAsync(cancellationToken);
            if (await IsRecordedAsync(verified, cancellationToken))
            {
                return FulfilmentOutcome.AlreadyFulfilled;
            }

            throw;
        }

        if (payment.Status == PaymentStatus.Succeeded && session.Quote?.VoucherCode is { } code)
        {
            await CountRedemptionAsync(code, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (payment.Status != PaymentStatus.Succeeded)
        {
            return FulfilmentOutcome.FlaggedForReview;
        }

        await funnel.OrderReachedAsync(FunnelStep.Paid, session.Id);
        return FulfilmentOutcome.Fulfilled;
    }

    private Task<bool> IsRecordedAsync(VerifiedPayment verified, CancellationToken cancellationToken) =>
        db.Payments.AnyAsync(p => p.Provider == verified.Provider && p.ProviderPaymentId == verified.ProviderPaymentId, cancellationToken);

    /// <summary>A redemption counts when the order is paid, even past the limit: the customer was quoted in good faith.</summary>
    private Task<int> CountRedemptionAsync(string code, CancellationToken cancellationToken) =>
        db.Vouchers.Where(v => v.Code == code)
            .ExecuteUpdateAsync(update => update.SetProperty(v => v.RedemptionCount, v => v.RedemptionCount + 1), cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment from {Provider} flagged for review: {Reason}")]
    private static partial void LogFlagged(ILogger logger, PaymentProvider provider, string reason);
}
