using CarPulse.Domain.Pricing;

namespace CarPulse.Tests.Domain.Pricing;

public sealed class VoucherTypesTests
{
    [Theory]
    [InlineData(VoucherType.Percentage, "percentage")]
    [InlineData(VoucherType.Fixed, "fixed")]
    [InlineData(VoucherType.Free, "free")]
    public void Each_voucher_type_has_its_wire_name(VoucherType type, string wireName)
    {
        Assert.Equal(wireName, type.ToWireName());
    }

    [Theory]
    [InlineData("percentage", VoucherType.Percentage)]
    [InlineData(" Fixed ", VoucherType.Fixed)]
    [InlineData("FREE", VoucherType.Free)]
    public void Voucher_types_parse_from_wire_names_in_any_case(string value, VoucherType expected)
    {
        Assert.True(VoucherTypes.TryParse(value, out var type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("percent")]
    public void Voucher_types_do_not_parse_from_numbers_or_other_words(string? value)
    {
        Assert.False(VoucherTypes.TryParse(value, out _));
    }
}
