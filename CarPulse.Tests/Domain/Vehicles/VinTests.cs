using CarPulse.Domain.Vehicles;

namespace CarPulse.Tests.Domain.Vehicles;

public sealed class VinTests
{
    private const string Model3 = "5YJ3E7EB2KF123456";

    [Theory]
    [InlineData("5YJ3E7EB2KF123456")]
    [InlineData("LRW3E7EK0MC987654")]
    [InlineData("XP7YGCEK5PB000001")]
    [InlineData("7SAYGDEE1RF654321")]
    public void TryParse_accepts_seventeen_allowed_characters(string value)
    {
        Assert.True(Vin.TryParse(value, out var vin));
        Assert.Equal(value, vin.Value);
    }

    [Fact]
    public void TryParse_upper_cases_and_trims_its_input()
    {
        Assert.True(Vin.TryParse("  5yj3e7eb2kf123456\n", out var vin));
        Assert.Equal(Model3, vin.Value);
    }

    [Fact]
    public void The_check_digit_is_not_enforced()
    {
        // Position 9 is '2' here; the North American check digit for this VIN would be '0'.
        Assert.True(Vin.TryParse("LRW3E7EK2MC987654", out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("5YJ3E7EB2KF12345")]
    [InlineData("5YJ3E7EB2KF1234567")]
    [InlineData("5YJ3E7EB2KF12345I")]
    [InlineData("5YJ3E7EB2KF12345O")]
    [InlineData("5YJ3E7EB2KF12345Q")]
    [InlineData("5yj3e7eb2kf12345o")]
    [InlineData("5YJ3E7EB2KF-12345")]
    [InlineData("5YJ3E7EB2KF 12345")]
    [InlineData("5YJ3E7EB2KF12345Ä")]
    public void TryParse_rejects_anything_else(string? value)
    {
        Assert.False(Vin.TryParse(value, out _));
    }

    [Fact]
    public void Parse_returns_the_vin()
    {
        Assert.Equal(Model3, Vin.Parse(Model3).Value);
    }

    [Fact]
    public void Parse_of_an_invalid_vin_does_not_echo_the_input()
    {
        const string almostVin = "5YJ3E7EB2KF12345O";

        var error = Assert.Throws<FormatException>(() => Vin.Parse(almostVin));

        Assert.DoesNotContain("12345", error.Message);
    }

    [Fact]
    public void Masked_hides_the_last_four_characters()
    {
        Assert.Equal("5YJ3E7EB2KF12****", Vin.Parse(Model3).Masked);
    }

    [Fact]
    public void ToString_is_masked()
    {
        Assert.Equal("5YJ3E7EB2KF12****", Vin.Parse(Model3).ToString());
    }

    [Fact]
    public void A_vin_in_an_interpolated_string_is_masked()
    {
        var vin = Vin.Parse(Model3);

        Assert.Equal("vehicle 5YJ3E7EB2KF12****", $"vehicle {vin}");
    }

    [Fact]
    public void Two_vins_parsed_from_different_case_are_equal()
    {
        Assert.Equal(Vin.Parse(Model3), Vin.Parse(Model3.ToLowerInvariant()));
    }

    [Fact]
    public void The_model_letter_is_position_four()
    {
        Assert.Equal('3', Vin.Parse(Model3).ModelLetter);
    }

    [Theory]
    [InlineData('A', 2010)]
    [InlineData('H', 2017)]
    [InlineData('J', 2018)]
    [InlineData('K', 2019)]
    [InlineData('L', 2020)]
    [InlineData('M', 2021)]
    [InlineData('N', 2022)]
    [InlineData('P', 2023)]
    [InlineData('R', 2024)]
    [InlineData('S', 2025)]
    [InlineData('T', 2026)]
    [InlineData('V', 2027)]
    [InlineData('Y', 2030)]
    [InlineData('1', 2031)]
    [InlineData('9', 2039)]
    public void The_model_year_comes_from_position_ten(char code, int year)
    {
        var vin = Vin.Parse(string.Concat("5YJ3E7EB2", code.ToString(), "F123456"));

        Assert.Equal(year, vin.ModelYear);
    }

    [Theory]
    [InlineData('U')]
    [InlineData('Z')]
    [InlineData('0')]
    public void An_unused_year_code_has_no_model_year(char code)
    {
        var vin = Vin.Parse(string.Concat("5YJ3E7EB2", code.ToString(), "F123456"));

        Assert.Null(vin.ModelYear);
    }

    [Fact]
    public void The_default_vin_is_empty_rather_than_broken()
    {
        var vin = default(Vin);

        Assert.Equal((string.Empty, string.Empty, (int?)null), (vin.Value, vin.ToString(), vin.ModelYear));
    }
}
