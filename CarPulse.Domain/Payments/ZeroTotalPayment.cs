using CarPulse.Domain.Orders;

namespace CarPulse.Domain.Payments;

/// <summary>A quote of zero (a free voucher) is paid without any provider, through the same fulfilment and order record.</summary>
public sealed class ZeroTotalPayment(OrderSessionStore orders, Fulfilment fulfilment)
{
    public async Task<FulfilmentOutcome> PayAsync(string sessionId, CancellationToken cancellationToken)
    {
        var session = await orders.GetLiveAsync(sessionId, cancellationToken);
        if (session.Quote is not { TotalCents: 0 } quote)
        {
            throw new OrderConflict(session.Status, "skip payment for an order that costs money");
        }

        return await fulfilment.FulfilAsync(
            new VerifiedPayment(PaymentProvider.None, $"free_{session.Reference}", session.Id, session.Reference, 0, quote.Currency, "free", null),
            cancellationToken);
    }
}
