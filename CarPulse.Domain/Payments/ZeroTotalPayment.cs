using CarPulse.Domain.Orders;

namespace CarPulse.Domain.Payments;

/// <summary>A quote of zero (a free voucher) is paid without any provider, through the same fulfilment and order record.</summary>
public sealed class ZeroTotalPayment(Fulfilment fulfilment)
{
    /// <param name="terms">The terms the customer asked to get free; the order is paid only if they are still its terms.</param>
    /// <param name="customerEmail">Where to send the order's link ("Email me the link"), if the customer gave an address.</param>
    public Task<FulfilmentOutcome> PayAsync(OrderSession session, CheckoutTerms terms, string? customerEmail, CancellationToken cancellationToken)
    {
        if (terms.Quote.TotalCents != 0)
        {
            throw new OrderConflict(session.Status, "skip payment for an order that costs money");
        }

        var free = new VerifiedPayment(PaymentProvider.None, $"free_{session.Reference}", session.Id, session.Reference, 0, terms.Quote.Currency, "free", customerEmail);
        return fulfilment.FulfilAsync(free, terms, checkoutId: null, cancellationToken);
    }
}
