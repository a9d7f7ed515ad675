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

/// <summary>
/// A payment arrived for a checkout that no longer stands for the order: it was closed, another one replaced it, or
/// the order changed or was paid after it opened. The money goes back (HTTP 409 where a caller asked for it).
/// </summary>
public sealed class CheckoutSuperseded(OrderStatus currentStatus)
    : DomainException($"This checkout no longer matches the order, which is {currentStatus.ToWireName()}.")
{
    public OrderStatus CurrentStatus { get; } = currentStatus;
}

/// <summary>Other requests kept changing the order while this one tried to (HTTP 409); trying again a moment later works.</summary>
public sealed class OrderChangedConcurrently()
    : DomainException("The order was changed by another request at the same moment. Please try again.");

/// <summary>The change needs the checkout open for the order's current terms closed first (HTTP 409 if it ever escapes).</summary>
public sealed class CheckoutOpen(OrderStatus currentStatus, string action)
    : DomainException($"Cannot {action} while a checkout is open for the order.")
{
    public OrderStatus CurrentStatus { get; } = currentStatus;
}
