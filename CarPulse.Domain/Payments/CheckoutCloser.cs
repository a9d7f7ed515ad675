using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPulse.Domain.Payments;

/// <summary>
/// Closes the session's open checkout: at the provider first (after that nobody can pay it), then in our records, in
/// the caller's save. A checkout the provider reports paid or processing cannot be closed: the order is being paid.
/// A checkout still being created (no provider id yet) is marked cancelled; its starter sees that and expires it.
/// </summary>
public sealed class CheckoutCloser(CarPulseDb db, IPaymentGateway gateway) : ICheckoutCloser
{
    public async Task CloseAsync(OrderSession session, CancellationToken cancellationToken)
    {
        if (session.OpenCheckoutId is not { } paymentId)
        {
            return;
        }

        var attempt = await db.PaymentAttempts.SingleOrDefaultAsync(a => a.Id == paymentId, cancellationToken);
        if (attempt is { IsOpen: true })
        {
            if (attempt.CheckoutId is { } checkoutId && !await gateway.ExpireCheckoutAsync(checkoutId, cancellationToken))
            {
                var checkout = await gateway.GetCheckoutAsync(checkoutId, cancellationToken);
                if (checkout.Outcome is CheckoutOutcome.Paid or CheckoutOutcome.Processing)
                {
                    throw new OrderConflict(session.Status, "change an order whose payment is being completed");
                }
            }

            attempt.MoveTo(AttemptStatus.Cancelled);
        }

        session.CheckoutClosed(paymentId);
    }
}
