namespace CarPulse.Domain.Pricing;

public static class QuoteCalculator
{
    /// <summary>Tier price for the package and vehicle count, less the voucher (floored at 0), with the VAT it includes.</summary>
    /// <exception cref="VoucherNotUsable">When <paramref name="voucher"/> cannot be used at <paramref name="now"/>.</exception>
    public static Quote Calculate(
        TierTable table,
        PackageName package,
        int vehicleCount,
        Voucher? voucher,
        DateTimeOffset now,
        VatRate vat,
        string currency = "EUR")
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(vat);
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);

        var band = table.Lookup(package, vehicleCount);
        var applied = voucher is null ? null : Apply(voucher, band.PriceCents, now);
        var total = Math.Max(0, band.PriceCents - (applied?.DiscountCents ?? 0));

        return new Quote(
            package,
            vehicleCount,
            table.LabelFor(package, band),
            band.PriceCents,
            applied,
            total,
            vat.IncludedIn(total),
            currency);
    }

    private static AppliedVoucher Apply(Voucher voucher, long priceCents, DateTimeOffset now)
    {
        if (voucher.CheckUsable(now) is { } refusal)
        {
            throw new VoucherNotUsable(refusal);
        }

        return new AppliedVoucher(voucher.Code, voucher.Type, voucher.Value, voucher.Label, voucher.DiscountOn(priceCents));
    }
}
