using CarPulse.Domain.Pricing;

namespace CarPulse.Tests.Domain.Pricing;

public sealed class TierTableTests
{
    private static Dictionary<PackageName, IReadOnlyList<TierBand>> DefaultBands() =>
        Enum.GetValues<PackageName>().ToDictionary(p => p, p => TierTable.Default.BandsFor(p));

    [Theory]
    [InlineData(PackageName.Basic, 1, "1 vehicle")]
    [InlineData(PackageName.Basic, 2, "2 vehicles")]
    [InlineData(PackageName.Basic, 5, "3–5 vehicles")]
    [InlineData(PackageName.Basic, 10, "6+ vehicles")]
    [InlineData(PackageName.Pro, 1, "1 vehicle")]
    [InlineData(PackageName.Pro, 2, "2 vehicles")]
    [InlineData(PackageName.Pro, 5, "3–5 vehicles")]
    [InlineData(PackageName.Pro, 10, "6+ vehicles")]
    [InlineData(PackageName.Expert, 1, "1 vehicle")]
    [InlineData(PackageName.Expert, 2, "2 vehicles")]
    [InlineData(PackageName.Expert, 5, "3–5 vehicles")]
    [InlineData(PackageName.Expert, 10, "6+ vehicles")]
    public void Each_default_band_is_labelled_from_the_previous_band_up(PackageName package, int maxVehicles, string label)
    {
        var band = TierTable.Default.BandsFor(package).Single(b => b.MaxVehicles == maxVehicles);

        Assert.Equal(label, TierTable.Default.LabelFor(package, band).ToString());
    }

    [Fact]
    public void The_top_band_label_has_no_maximum()
    {
        var top = TierTable.Default.BandsFor(PackageName.Pro)[^1];

        Assert.Equal(new TierLabel(6, null), TierTable.Default.LabelFor(PackageName.Pro, top));
    }

    [Fact]
    public void Label_for_a_band_from_another_table_is_refused()
    {
        Assert.Throws<ArgumentException>(() => TierTable.Default.LabelFor(PackageName.Pro, new TierBand(3, 3999)));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(500)]
    public void Lookup_above_ten_vehicles_uses_the_ten_band(int vehicleCount)
    {
        var band = TierTable.Default.Lookup(PackageName.Basic, vehicleCount);

        Assert.Equal(new TierBand(10, 4999), band);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Lookup_for_fewer_than_one_vehicle_is_out_of_range(int vehicleCount)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TierTable.Default.Lookup(PackageName.Pro, vehicleCount));
    }

    [Fact]
    public void Bands_for_a_package_are_listed_in_ascending_order()
    {
        Assert.Equal(
            [new TierBand(1, 2999), new TierBand(2, 4499), new TierBand(5, 7999), new TierBand(10, 12999)],
            TierTable.Default.BandsFor(PackageName.Expert));
    }

    [Fact]
    public void Validate_finds_no_problem_in_the_default_bands()
    {
        Assert.Empty(TierTable.Validate(DefaultBands()));
    }

    [Fact]
    public void Create_rejects_unsorted_bands_naming_the_package_and_band()
    {
        var bands = DefaultBands();
        bands[PackageName.Pro] = [new(1, 1999), new(5, 4999), new(2, 2999), new(10, 7999)];

        var error = Assert.Throws<TierTableInvalid>(() => TierTable.Create(bands));

        Assert.Contains("Pro band 3", error.Message);
    }

    [Fact]
    public void Create_rejects_two_bands_with_the_same_maximum()
    {
        var bands = DefaultBands();
        bands[PackageName.Basic] = [new(1, 999), new(2, 1499), new(2, 2999)];

        var error = Assert.Throws<TierTableInvalid>(() => TierTable.Create(bands));

        Assert.Contains("Basic band 3", error.Message);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-100L)]
    public void Create_rejects_a_price_that_is_not_positive(long priceCents)
    {
        var bands = DefaultBands();
        bands[PackageName.Expert] = [new(1, 2999), new(2, priceCents)];

        var error = Assert.Throws<TierTableInvalid>(() => TierTable.Create(bands));

        Assert.Contains("Expert band 2", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Create_rejects_a_maximum_below_one_vehicle(int maxVehicles)
    {
        var bands = DefaultBands();
        bands[PackageName.Basic] = [new(maxVehicles, 999)];

        var error = Assert.Throws<TierTableInvalid>(() => TierTable.Create(bands));

        Assert.Contains("Basic band 1", error.Message);
    }

    [Fact]
    public void Create_rejects_a_missing_package()
    {
        var bands = DefaultBands();
        bands.Remove(PackageName.Expert);

        var error = Assert.Throws<TierTableInvalid>(() => TierTable.Create(bands));

        Assert.Contains("The Expert package is missing", error.Message);
    }

    [Fact]
    public void Create_rejects_a_package_without_bands()
    {
        var bands = DefaultBands();
        bands[PackageName.Pro] = [];

        var error = Assert.Throws<TierTableInvalid>(() => TierTable.Create(bands));

        Assert.Contains("The Pro package has no tier bands", error.Message);
    }

    [Fact]
    public void Create_rejects_an_unknown_package()
    {
        var bands = DefaultBands();
        bands[(PackageName)9] = [new(1, 100)];

        var error = Assert.Throws<TierTableInvalid>(() => TierTable.Create(bands));

        Assert.Contains("Package 9 is not a known package", error.Message);
    }

    [Fact]
    public void Validate_reports_every_problem_not_just_the_first()
    {
        var bands = DefaultBands();
        bands.Remove(PackageName.Basic);
        bands[PackageName.Pro] = [new(2, 0), new(1, 2999)];

        var problems = TierTable.Validate(bands);

        Assert.Collection(
            problems,
            p => Assert.StartsWith("The Basic package", p),
            p => Assert.StartsWith("Pro band 1", p),
            p => Assert.StartsWith("Pro band 2", p));
    }

    [Fact]
    public void Validation_problems_are_carried_by_the_exception()
    {
        var bands = DefaultBands();
        bands[PackageName.Pro] = [new(1, 0), new(2, 0)];

        var error = Assert.Throws<TierTableInvalid>(() => TierTable.Create(bands));

        Assert.Equal(TierTable.Validate(bands), error.Problems);
    }

    [Fact]
    public void A_created_table_does_not_change_when_the_source_list_does()
    {
        var basic = new List<TierBand> { new(1, 999), new(2, 1499) };
        var bands = DefaultBands();
        bands[PackageName.Basic] = basic;
        var table = TierTable.Create(bands);

        basic[0] = new TierBand(1, 1);

        Assert.Equal(999, table.Lookup(PackageName.Basic, 1).PriceCents);
    }

    [Fact]
    public void A_band_may_start_above_one_vehicle()
    {
        var bands = DefaultBands();
        bands[PackageName.Basic] = [new(3, 999), new(10, 1999)];
        var table = TierTable.Create(bands);

        var band = table.Lookup(PackageName.Basic, 1);

        Assert.Equal("1–3 vehicles", table.LabelFor(PackageName.Basic, band).ToString());
    }
}
