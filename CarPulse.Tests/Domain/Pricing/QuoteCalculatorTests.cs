using CarPulse.Domain.Pricing;

namespace CarPulse.Tests.Domain.Pricing;

public sealed class QuoteCalculatorTests
{
    private static readonly DateTimeOffset Now = TestVouchers.Now;

    private static Quote Calculate(PackageName package, int vehicleCount, Voucher? voucher = null) =>
        QuoteCalculator.Calculate(TierTable.Default, package, vehicleCount, voucher, Now, VatRate.Finland);

    // SPEC §3, written out per vehicle count: band keys 1, 2, 5, 10; more than 10 uses the 10 band.
    [Theory]
    [InlineData(PackageName.Basic, 1, 999L)]
    [InlineData(PackageName.Basic, 2, 1499L)]
    [InlineData(PackageName.Basic, 3, 2999L)]
    [InlineData(PackageName.Basic, 4, 2999L)]
    [InlineData(PackageName.Basic, 5, 2999L)]
    [InlineData(PackageName.Basic, 6, 4999L)]
    [InlineData(PackageName.Basic, 7, 4999L)]
    [InlineData(PackageName.Basic, 8, 4999L)]
    [InlineData(PackageName.Basic, 9, 4999L)]
    [InlineData(PackageName.Basic, 10, 4999L)]
    [InlineData(PackageName.Basic, 11, 4999L)]
    [InlineData(PackageName.Basic, 12, 4999L)]
    [InlineData(PackageName.Pro, 1, 1999L)]
    [InlineData(PackageName.Pro, 2, 2999L)]
    [InlineData(PackageName.Pro, 3, 4999L)]
    [InlineData(PackageName.Pro, 4, 4999L)]
    [InlineData(PackageName.Pro, 5, 4999L)]
    [InlineData(PackageName.Pro, 6, 7999L)]
    [InlineData(PackageName.Pro, 7, 7999L)]
    [InlineData(PackageName.Pro, 8, 7999L)]
    [InlineData(PackageName.Pro, 9, 7999L)]
    [InlineData(PackageName.Pro, 10, 7999L)]
    [InlineData(PackageName.Pro, 11, 7999L)]
    [InlineData(PackageName.Pro, 12, 7999L)]
    [InlineData(PackageName.Expert, 1, 2999L)]
    [InlineData(PackageName.Expert, 2, 4499L)]
    [InlineData(PackageName.Expert, 3, 7999L)]
    [InlineData(PackageName.Expert, 4, 7999L)]
    [InlineData(PackageName.Expert, 5, 7999L)]
    [InlineData(PackageName.Expert, 6, 12999L)]
    [InlineData(PackageName.Expert, 7, 12999L)]
    [InlineData(PackageName.Expert, 8, 12999L)]
    [InlineData(PackageName.Expert, 9, 12999L)]
    [InlineData(PackageName.Expert, 10, 12999L)]
    [InlineData(PackageName.Expert, 11, 12999L)]
    [InlineData(PackageName.Expert, 12, 12999L)]
    public void Quote_without_voucher_charges_the_tier_price(PackageName package, int vehicleCount, long priceCents)
    {
        var quote = Calculate(package, vehicleCount);

        Assert.Equal((priceCents, priceCents), (quote.TierPriceCents, quote.TotalCents));
    }

    [Fact]
    public void Quote_for_three_pro_vehicles_uses_the_five_band()
    {
        var quote = Calculate(PackageName.Pro, 3);

        Assert.Equal(new TierLabel(3, 5), quote.TierLabel);
        Assert.Equal(4999, quote.TierPriceCents);
    }

    [Fact]
    public void Quote_for_eleven_vehicles_is_labelled_with_the_open_top_band()
    {
        Assert.Equal("6+ vehicles", Calculate(PackageName.Basic, 11).TierLabel.ToString());
    }

    [Fact]
    public void Quote_without_voucher_has_no_applied_voucher()
    {
        Assert.Null(Calculate(PackageName.Expert, 1).Voucher);
    }

    [Fact]
    public void Quote_echoes_package_vehicle_count_and_currency()
    {
        var quote = Calculate(PackageName.Pro, 4);

        Assert.Equal((PackageName.Pro, 4, "EUR"), (quote.Package, quote.VehicleCount, quote.Currency));
    }

    [Fact]
    public void Vat_on_a_2999_quote_is_609()
    {
        Assert.Equal(609, Calculate(PackageName.Expert, 1).VatCents);
    }

    [Fact]
    public void Launch10_on_2999_costs_2699_with_548_vat()
    {
        var quote = Calculate(PackageName.Pro, 2, TestVouchers.Launch10());

        Assert.Equal((2999L, 2699L, 548L), (quote.TierPriceCents, quote.TotalCents, quote.VatCents));
    }

    [Fact]
    public void The_applied_voucher_records_its_terms_and_the_discount()
    {
        var quote = Calculate(PackageName.Pro, 2, TestVouchers.Launch10());

        Assert.Equal(new AppliedVoucher("LAUNCH10", VoucherType.Percentage, 10, "Launch discount", 300), quote.Voucher);
    }

    [Fact]
    public void A_fixed_voucher_takes_its_cents_off_the_tier_price()
    {
        var quote = Calculate(PackageName.Pro, 1, TestVouchers.Make(VoucherType.Fixed, 500, "FIVE-OFF"));

        Assert.Equal((1499L, 305L), (quote.TotalCents, quote.VatCents));
    }

    [Fact]
    public void A_fixed_voucher_larger_than_the_price_makes_the_total_zero_with_zero_vat()
    {
        var quote = Calculate(PackageName.Basic, 1, TestVouchers.Make(VoucherType.Fixed, 5000, "BIG-OFF"));

        Assert.Equal((0L, 0L, 999L), (quote.TotalCents, quote.VatCents, quote.Voucher?.DiscountCents));
    }

    [Fact]
    public void A_free_voucher_makes_the_total_zero_with_zero_vat()
    {
        var quote = Calculate(PackageName.Expert, 10, TestVouchers.Make(VoucherType.Free, 100, "PILOT2026"));

        Assert.Equal((0L, 0L, 12999L), (quote.TotalCents, quote.VatCents, quote.Voucher?.DiscountCents));
    }

    [Fact]
    public void An_unusable_voucher_is_refused_with_its_reason()
    {
        var expired = TestVouchers.Make(validUntil: Now);

        var error = Assert.Throws<VoucherNotUsable>(() => Calculate(PackageName.Pro, 1, expired));

        Assert.Equal(VoucherRefusal.Expired, error.Refusal);
    }

    [Fact]
    public void A_quote_for_no_vehicles_is_out_of_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calculate(PackageName.Basic, 0));
    }

    [Fact]
    public void The_currency_can_be_chosen_by_the_caller()
    {
        var quote = QuoteCalculator.Calculate(TierTable.Default, PackageName.Basic, 1, null, Now, VatRate.Finland, "SEK");

        Assert.Equal("SEK", quote.Currency);
    }
}
