using CarPulse.Domain.Pricing;

namespace CarPulse.Tests.Domain.Pricing;

public sealed class VatRateTests
{
    [Fact]
    public void Finnish_vat_is_twenty_five_and_a_half_percent()
    {
        Assert.Equal(25.5m, VatRate.Finland.Percent);
    }

    [Fact]
    public void Finnish_vat_included_in_2999_cents_is_609()
    {
        Assert.Equal(609, VatRate.Finland.IncludedIn(2999));
    }

    // Expected values are round(total × 25.5 / 125.5), worked out by hand, e.g. 4999 → 1015.73 → 1016.
    [Theory]
    [InlineData(999L, 203L)]
    [InlineData(1499L, 305L)]
    [InlineData(1999L, 406L)]
    [InlineData(2999L, 609L)]
    [InlineData(4499L, 914L)]
    [InlineData(4999L, 1016L)]
    [InlineData(7999L, 1625L)]
    [InlineData(12999L, 2641L)]
    [InlineData(2699L, 548L)]
    public void Finnish_vat_in_every_tier_price_is_rounded_to_the_cent(long totalCents, long vatCents)
    {
        Assert.Equal(vatCents, VatRate.Finland.IncludedIn(totalCents));
    }

    [Fact]
    public void Vat_in_a_zero_total_is_zero()
    {
        Assert.Equal(0, VatRate.Finland.IncludedIn(0));
    }

    [Fact]
    public void Vat_halves_round_away_from_zero()
    {
        // At 100 % the VAT is half the gross: 5 cents → 2.5 → 3 (banker's rounding would give 2).
        Assert.Equal(3, new VatRate(100m).IncludedIn(5));
    }

    [Fact]
    public void Vat_of_a_negative_total_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VatRate.Finland.IncludedIn(-1));
    }

    [Fact]
    public void A_negative_rate_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new VatRate(-1m));
    }
}
