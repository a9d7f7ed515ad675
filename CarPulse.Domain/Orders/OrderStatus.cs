namespace CarPulse.Domain.Orders;

public enum OrderStatus
{
    Connected,
    VehiclesSelected,
    Paid,
    Generating,
    Complete,
}

public static class OrderStatusNames
{
    public static string ToWireName(this OrderStatus status) => status switch
    {
        OrderStatus.Connected => "connected",
        OrderStatus.VehiclesSelected => "vehicles_selected",
        OrderStatus.Paid => "paid",
        OrderStatus.Generating => "generating",
        OrderStatus.Complete => "complete",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Statuses before payment: only these expire after the session TTL.</summary>
    public static bool IsUnpaid(this OrderStatus status) =>
        status is OrderStatus.Connected or OrderStatus.VehiclesSelected;
}
