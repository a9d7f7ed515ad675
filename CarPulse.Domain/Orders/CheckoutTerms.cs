namespace CarPulse.Domain.Orders;

/// <summary>
/// What a checkout is opened for, frozen: the selected vehicles and their quote (package, band, voucher, total). The
/// provider charges exactly this quote, and the order is paid only while these are still its terms.
/// </summary>
public sealed record CheckoutTerms(IReadOnlyList<long> VehicleIds, OrderQuote Quote)
{
    public bool SameAs(CheckoutTerms other) => Quote == other.Quote && VehicleIds.Order().SequenceEqual(other.VehicleIds.Order());
}
