using CarPulse.Domain.Pricing;

namespace CarPulse.Tests.Domain.Pricing;

internal static class TestVouchers
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static Voucher Launch10() => Make();

    public static Voucher Make(
        VoucherType type = VoucherType.Percentage,
        long value = 10,
        string code = "LAUNCH10",
        string label = "Launch discount",
        bool active = true,
        DateTimeOffset? validFrom = null,
        DateTimeOffset? validUntil = null,
        int? maxRedemptions = null) =>
        Voucher.Create(code, type, value, label, active, validFrom, validUntil, maxRedemptions);
}
