namespace CarPulse.Domain.Orders;

/// <summary>The action is not allowed in the session's current status (HTTP 409).</summary>
public sealed class OrderConflict(OrderStatus currentStatus, string action)
    : DomainException($"Cannot {action} while the order is {currentStatus.ToWireName()}.")
{
    public OrderStatus CurrentStatus { get; } = currentStatus;
}

/// <summary>The unpaid session passed its time to live (HTTP 410).</summary>
public sealed class OrderGone() : DomainException("Session expired. Please start again.");

/// <summary>No session has this id (HTTP 404).</summary>
public sealed class OrderNotFound() : DomainException("No order session with this id.");


/// <summary>The provider reports a different amount or currency than the stored quote: flag, never fulfil.</summary>
public sealed class PaymentMismatch(string detail) : DomainException(detail)
{
    public PaymentMismatch(long expectedCents, string expectedCurrency, long actualCents, string actualCurrency)
        : this($"Payment of {actualCents} {actualCurrency} does not match the quote of {expectedCents} {expectedCurrency}.")
    {
    }
}
