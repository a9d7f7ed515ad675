namespace CarPulse.Domain.Orders;

/// <summary>Closes the checkout open for a session's frozen terms, at the payment provider first, so that the terms may change.</summary>
public interface ICheckoutCloser
{
    /// <exception cref="OrderConflict">The provider has already taken (or is taking) the payment: the order cannot change.</exception>
    Task CloseAsync(OrderSession session, CancellationToken cancellationToken);
}

public static class CheckoutCloserExtensions
{
    /// <summary>Applies a change to the order's terms; when a checkout is open for the old ones, it is closed first.</summary>
    public static async Task ChangeTermsAsync(this ICheckoutCloser closer, OrderSession session, Action change, CancellationToken cancellationToken)
    {
        try
        {
            change();
        }
        catch (CheckoutOpen)
        {
            await closer.CloseAsync(session, cancellationToken);
            change();
        }
    }
}
