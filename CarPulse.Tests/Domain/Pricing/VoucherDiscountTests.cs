using CarPulse.Domain.Pricing;

namespace CarPulse.Tests.Domain.Pricing;

public sealed class VoucherDiscountTests
{
    [Fact]
    public void Launch10_takes_300_cents_off_2999()
    {
        Assert.Equal(300, TestVouchers.Launch10().DiscountOn(2999));
    }

    [Fact]
    public void A_percentage_discount_rounds_halves_away_from_zero()
    {
        // 1001 × 50 % = 500.5 → 501 (banker's rounding would give 500).
        Assert.Equal(501, TestVouchers.Make(value: 50).DiscountOn(1001));
    }

    [Fact]
    public void A_fixed_voucher_takes_its_value_off()
    {
        Assert.Equal(500, TestVouchers.Make(VoucherType.Fixed, 500).DiscountOn(2999));
    }

    [Fact]
    public void A_fixed_voucher_larger_than_the_price_takes_off_only_the_price()
    {
        Assert.Equal(999, TestVouchers.Make(VoucherType.Fixed, 5000).DiscountOn(999));
    }

    [Fact]
    public void A_free_voucher_takes_off_the_whole_price()
    {
        Assert.Equal(12999, TestVouchers.Make(VoucherType.Free).DiscountOn(12999));
    }

    [Fact]
    public void A_discount_on_a_negative_price_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TestVouchers.Launch10().DiscountOn(-1));
    }

    [Theory]
    [InlineData(VoucherType.Percentage, 10L, "10% off")]
    [InlineData(VoucherType.Percentage, 100L, "100% off")]
    [InlineData(VoucherType.Fixed, 500L, "€5.00 off")]
    [InlineData(VoucherType.Fixed, 1250L, "€12.50 off")]
    [InlineData(VoucherType.Fixed, 7L, "€0.07 off")]
    [InlineData(VoucherType.Free, 100L, "Free")]
    public void The_discount_is_described_in_english(VoucherType type, long value, string description)
    {
        Assert.Equal(description, TestVouchers.Make(type, value).DiscountDescription);
    }
}
