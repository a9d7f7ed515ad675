using CarPulse.Domain.Pricing;

namespace CarPulse.Tests.Domain.Pricing;

public sealed class VoucherCreateTests
{
    [Fact]
    public void Create_keeps_every_term_it_was_given()
    {
        var from = TestVouchers.Now;
        var until = from.AddDays(30);

        var voucher = Voucher.Create("FLEET20", VoucherType.Percentage, 20, "Fleet discount", true, from, until, 50);

        Assert.Equal(
            ("FLEET20", VoucherType.Percentage, 20L, "Fleet discount", true, (DateTimeOffset?)from, (DateTimeOffset?)until, (int?)50, 0),
            (voucher.Code, voucher.Type, voucher.Value, voucher.Label, voucher.IsActive, voucher.ValidFrom, voucher.ValidUntil, voucher.MaxRedemptions, voucher.RedemptionCount));
    }

    [Fact]
    public void A_lower_case_code_is_stored_trimmed_and_upper_case()
    {
        var voucher = TestVouchers.Make(code: "  launch10 ");

        Assert.Equal("LAUNCH10", voucher.Code);
    }

    [Fact]
    public void Normalize_makes_codes_comparable_regardless_of_case_and_space()
    {
        Assert.Equal("PILOT2026", Voucher.Normalize(" pilot2026\t"));
    }

    [Fact]
    public void The_label_is_stored_trimmed()
    {
        Assert.Equal("Launch discount", TestVouchers.Make(label: "  Launch discount  ").Label);
    }

    [Fact]
    public void A_free_voucher_is_always_worth_one_hundred_percent()
    {
        Assert.Equal(100, TestVouchers.Make(type: VoucherType.Free, value: 0).Value);
    }

    [Theory]
    [InlineData("ABC", VoucherType.Percentage, 1L)]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ-_0123", VoucherType.Percentage, 100L)]
    [InlineData("FIVE-EUR_OFF", VoucherType.Fixed, 1L)]
    public void Create_accepts_the_edges_of_each_rule(string code, VoucherType type, long value)
    {
        var voucher = TestVouchers.Make(type, value, code, label: new string('x', Voucher.MaxLabelLength));

        Assert.Equal(code, voucher.Code);
    }

    [Theory]
    [InlineData(null, VoucherType.Percentage, 10L, "Launch", "code")]
    [InlineData("", VoucherType.Percentage, 10L, "Launch", "code")]
    [InlineData("AB", VoucherType.Percentage, 10L, "Launch", "code")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456", VoucherType.Percentage, 10L, "Launch", "code")]
    [InlineData("LAUNCH 10", VoucherType.Percentage, 10L, "Launch", "code")]
    [InlineData("LAUNCH.10", VoucherType.Percentage, 10L, "Launch", "code")]
    [InlineData("KESÄ10", VoucherType.Percentage, 10L, "Launch", "code")]
    [InlineData("LAUNCH10", VoucherType.Percentage, 0L, "Launch", "value")]
    [InlineData("LAUNCH10", VoucherType.Percentage, 101L, "Launch", "value")]
    [InlineData("LAUNCH10", VoucherType.Fixed, 0L, "Launch", "value")]
    [InlineData("LAUNCH10", VoucherType.Fixed, -500L, "Launch", "value")]
    [InlineData("LAUNCH10", (VoucherType)7, 10L, "Launch", "type")]
    [InlineData("LAUNCH10", VoucherType.Percentage, 10L, null, "label")]
    [InlineData("LAUNCH10", VoucherType.Percentage, 10L, "", "label")]
    [InlineData("LAUNCH10", VoucherType.Percentage, 10L, "   ", "label")]
    [InlineData("LAUNCH10", VoucherType.Percentage, 10L,
        "A label that goes on and on well past the eighty characters an admin list can show", "label")]
    public void Create_rejects_invalid_input_naming_the_field(
        string? code, VoucherType type, long value, string? label, string field)
    {
        var error = Assert.Throws<VoucherInvalid>(
            () => Voucher.Create(code, type, value, label, true, null, null, null));

        Assert.Equal(field, error.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Create_rejects_when_the_end_is_not_after_the_start(int daysAfterStart)
    {
        var from = TestVouchers.Now;

        var error = Assert.Throws<VoucherInvalid>(
            () => TestVouchers.Make(validFrom: from, validUntil: from.AddDays(daysAfterStart)));

        Assert.Equal("valid_until", error.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Create_rejects_a_redemption_limit_below_one(int maxRedemptions)
    {
        var error = Assert.Throws<VoucherInvalid>(() => TestVouchers.Make(maxRedemptions: maxRedemptions));

        Assert.Equal("max_redemptions", error.Field);
    }

    [Fact]
    public void The_code_error_explains_the_allowed_characters()
    {
        var error = Assert.Throws<VoucherInvalid>(() => TestVouchers.Make(code: "no"));

        Assert.Equal("A voucher code must be 3–32 characters of A–Z, 0–9, '-' or '_'.", error.Message);
    }

    [Fact]
    public void A_label_with_a_control_character_is_refused_naming_the_label()
    {
        var error = Assert.Throws<VoucherInvalid>(() => TestVouchers.Make(label: "Launch\0discount"));

        Assert.Equal("label", error.Field);
    }

    [Fact]
    public void A_validity_window_given_at_any_offset_is_kept_as_the_same_instants_in_utc()
    {
        var from = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(2));
        var until = new DateTimeOffset(2026, 12, 31, 23, 59, 59, TimeSpan.FromHours(-5));

        var voucher = Voucher.Create("WINTER10", VoucherType.Percentage, 10, "Winter", true, from, until, null);

        Assert.Equal((from, until), (voucher.ValidFrom, voucher.ValidUntil));
        Assert.Equal((TimeSpan.Zero, TimeSpan.Zero), (voucher.ValidFrom?.Offset, voucher.ValidUntil?.Offset));
    }
}
