using CarPulse.Domain.Pricing;

namespace CarPulse.Tests.Domain.Pricing;

public sealed class VoucherUpdateTests
{
    [Fact]
    public void Update_replaces_the_terms_and_keeps_code_and_count()
    {
        var voucher = TestVouchers.Make(maxRedemptions: 5);
        voucher.Redeem();
        var until = TestVouchers.Now.AddDays(7);

        voucher.Update(VoucherType.Fixed, 500, "Spring offer", null, until, 10);

        Assert.Equal(
            ("LAUNCH10", VoucherType.Fixed, 500L, "Spring offer", (DateTimeOffset?)null, (DateTimeOffset?)until, (int?)10, 1),
            (voucher.Code, voucher.Type, voucher.Value, voucher.Label, voucher.ValidFrom, voucher.ValidUntil, voucher.MaxRedemptions, voucher.RedemptionCount));
    }

    [Fact]
    public void Update_applies_the_same_validation_as_create()
    {
        var voucher = TestVouchers.Launch10();

        var error = Assert.Throws<VoucherInvalid>(() => voucher.Update(VoucherType.Percentage, 150, "Too much", null, null, null));

        Assert.Equal("value", error.Field);
    }

    [Fact]
    public void A_refused_update_changes_nothing()
    {
        var voucher = TestVouchers.Launch10();

        Assert.Throws<VoucherInvalid>(() => voucher.Update(VoucherType.Fixed, 500, "Spring offer", null, null, 0));

        Assert.Equal((VoucherType.Percentage, 10L, "Launch discount"), (voucher.Type, voucher.Value, voucher.Label));
    }

    [Fact]
    public void Lowering_the_limit_to_the_redemptions_so_far_uses_the_voucher_up()
    {
        var voucher = TestVouchers.Launch10();
        voucher.Redeem();
        voucher.Redeem();

        voucher.Update(VoucherType.Percentage, 10, "Launch discount", null, null, 2);

        Assert.Equal(VoucherRefusal.UsedUp, voucher.CheckUsable(TestVouchers.Now));
    }
}
