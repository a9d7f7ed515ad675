using CarPulse.Domain.Pricing;

namespace CarPulse.Tests.Domain.Pricing;

public sealed class PackageNamesTests
{
    [Theory]
    [InlineData(PackageName.Basic, "basic")]
    [InlineData(PackageName.Pro, "pro")]
    [InlineData(PackageName.Expert, "expert")]
    public void Each_package_has_its_lower_case_wire_name(PackageName name, string wireName)
    {
        Assert.Equal(wireName, name.ToWireName());
    }

    [Theory]
    [InlineData("basic", PackageName.Basic)]
    [InlineData("pro", PackageName.Pro)]
    [InlineData("expert", PackageName.Expert)]
    [InlineData("PRO", PackageName.Pro)]
    [InlineData("Expert", PackageName.Expert)]
    [InlineData("  basic \t", PackageName.Basic)]
    public void TryParse_accepts_wire_names_in_any_case_with_surrounding_space(string value, PackageName expected)
    {
        var parsed = PackageNames.TryParse(value, out var name);

        Assert.True(parsed);
        Assert.Equal(expected, name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("premium")]
    [InlineData("pro plus")]
    [InlineData("Basic,Pro")]
    public void TryParse_rejects_anything_but_the_three_names(string? value)
    {
        Assert.False(PackageNames.TryParse(value, out _));
    }
}
