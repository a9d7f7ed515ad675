using CarPulse.Domain.Pricing;

namespace CarPulse.Domain.Orders;

/// <summary>The quote stored on the session; once paid it is the order record, whatever prices change later.</summary>
public sealed record OrderQuote(
    PackageName Package,
    int VehicleCount,
    string TierLabel,
    long TierPriceCents,
    string? VoucherCode,
    long DiscountCents,
    long TotalCents,
    long VatCents,
    string Currency)
{
    public static OrderQuote From(Quote quote) => new(
        quote.Package,
        quote.VehicleCount,
        quote.TierLabel.ToString(),
        quote.TierPriceCents,
        quote.Voucher?.Code,
        quote.Voucher?.DiscountCents ?? 0,
        quote.TotalCents,
        quote.VatCents,
        quote.Currency);
}
