using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CarPulse.Domain.Payments;

/// <summary>
/// Gives back money that could not pay its order (<see cref="PaymentStatus.RefundPending"/>). The provider's
/// idempotency key is the payment's own id, so however often and from wherever it is asked, one refund is made.
/// </summary>
public sealed partial class PaymentRefunds(CarPulseDb db, IPaymentGateway gateway, TimeProvider clock, ILogger<PaymentRefunds> log)
{
    /// <summary>Refunds the payment if it is still due; nothing for any other payment.</summary>
    /// <exception cref="PaymentProviderUnavailable">The provider did not answer: the payment stays due, for the next try.</exception>
    public async Task RefundIfDueAsync(Guid paymentId, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.Id == paymentId, cancellationToken);
        if (payment is not { Status: PaymentStatus.RefundPending } || payment.Provider != gateway.Provider)
        {
            return;
        }

        await gateway.RefundAsync(payment.ProviderPaymentId, $"refund-{payment.Id:N}", cancellationToken);
        payment.MarkRefunded(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        LogRefunded(log, payment.Provider, payment.AmountCents, payment.Currency);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refunded a {Provider} payment of {AmountCents} {Currency} that could not pay its order")]
    private static partial void LogRefunded(ILogger logger, PaymentProvider provider, long amountCents, string currency);
}
