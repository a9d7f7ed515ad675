namespace CarPulse.Domain.Pricing;

/// <summary>What the customer is shown and charged: the quote shown is the quote charged.</summary>
public sealed record Quote(
    PackageName Package,
    int VehicleCount,
    TierLabel TierLabel,
    long TierPriceCents,
    AppliedVoucher? Voucher,
    long TotalCents,
    long VatCents,
    string Currency);

/// <summary>The voucher's terms as they were when the quote was made, and what they took off.</summary>
public sealed record AppliedVoucher(string Code, VoucherType Type, long Value, string Label, long DiscountCents);
