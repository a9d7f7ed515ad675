using CarPulse.Domain.Pricing;

namespace CarPulse.Tests.Domain.Pricing;

public sealed class VoucherUsabilityTests
{
    private static readonly DateTimeOffset Now = TestVouchers.Now;

    [Fact]
    public void An_active_voucher_without_limits_is_usable()
    {
        Assert.Null(TestVouchers.Launch10().CheckUsable(Now));
    }

    [Fact]
    public void An_inactive_voucher_is_refused_as_inactive()
    {
        Assert.Equal(VoucherRefusal.Inactive, TestVouchers.Make(active: false).CheckUsable(Now));
    }

    [Fact]
    public void A_voucher_before_its_start_is_refused_as_not_yet_valid()
    {
        var voucher = TestVouchers.Make(validFrom: Now.AddTicks(1));

        Assert.Equal(VoucherRefusal.NotYetValid, voucher.CheckUsable(Now));
    }

    [Fact]
    public void A_voucher_is_usable_from_the_instant_it_starts()
    {
        Assert.Null(TestVouchers.Make(validFrom: Now).CheckUsable(Now));
    }

    [Fact]
    public void A_voucher_after_its_end_is_refused_as_expired()
    {
        var voucher = TestVouchers.Make(validUntil: Now.AddDays(-1));

        Assert.Equal(VoucherRefusal.Expired, voucher.CheckUsable(Now));
    }

    [Fact]
    public void A_voucher_has_expired_exactly_at_its_end()
    {
        Assert.Equal(VoucherRefusal.Expired, TestVouchers.Make(validUntil: Now).CheckUsable(Now));
    }

    [Fact]
    public void A_voucher_is_usable_just_before_its_end()
    {
        Assert.Null(TestVouchers.Make(validUntil: Now.AddTicks(1)).CheckUsable(Now));
    }

    [Fact]
    public void A_voucher_at_its_redemption_limit_is_refused_as_used_up()
    {
        var voucher = TestVouchers.Make(maxRedemptions: 1);
        voucher.Redeem();

        Assert.Equal(VoucherRefusal.UsedUp, voucher.CheckUsable(Now));
    }

    [Fact]
    public void A_deactivated_voucher_is_refused_and_usable_again_once_activated()
    {
        var voucher = TestVouchers.Launch10();

        voucher.Deactivate();
        var whileInactive = voucher.CheckUsable(Now);
        voucher.Activate();

        Assert.Equal((VoucherRefusal?)VoucherRefusal.Inactive, whileInactive);
        Assert.Null(voucher.CheckUsable(Now));
    }

    [Fact]
    public void Redeem_counts_each_paid_order()
    {
        var voucher = TestVouchers.Make(maxRedemptions: 3);

        voucher.Redeem();
        voucher.Redeem();

        Assert.Equal(2, voucher.RedemptionCount);
    }

    [Fact]
    public void Redeem_past_the_limit_is_refused_as_used_up_and_not_counted()
    {
        var voucher = TestVouchers.Make(maxRedemptions: 2);
        voucher.Redeem();
        voucher.Redeem();

        var error = Assert.Throws<VoucherNotUsable>(voucher.Redeem);

        Assert.Equal(VoucherRefusal.UsedUp, error.Refusal);
        Assert.Equal(2, voucher.RedemptionCount);
    }

    [Fact]
    public void Redeem_still_counts_an_order_paid_after_the_voucher_expired()
    {
        var voucher = TestVouchers.Make(validUntil: Now.AddDays(-1));

        voucher.Redeem();

        Assert.Equal(1, voucher.RedemptionCount);
    }

    [Theory]
    [InlineData(VoucherRefusal.Unknown, "This voucher code is not valid.")]
    [InlineData(VoucherRefusal.Inactive, "This voucher is no longer active.")]
    [InlineData(VoucherRefusal.NotYetValid, "This voucher is not valid yet.")]
    [InlineData(VoucherRefusal.Expired, "This voucher has expired.")]
    [InlineData(VoucherRefusal.UsedUp, "This voucher has been fully redeemed.")]
    public void Each_refusal_has_a_clear_reason(VoucherRefusal refusal, string reason)
    {
        Assert.Equal(reason, refusal.Reason());
    }

    [Fact]
    public void Voucher_not_usable_carries_the_reason_as_its_message()
    {
        Assert.Equal("This voucher has expired.", new VoucherNotUsable(VoucherRefusal.Expired).Message);
    }
}
