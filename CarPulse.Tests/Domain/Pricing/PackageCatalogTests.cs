using CarPulse.Domain.Pricing;
using CarPulse.Domain.Reports;

namespace CarPulse.Tests.Domain.Pricing;

public sealed class PackageCatalogTests
{
    [Fact]
    public void Catalog_lists_basic_pro_and_expert_in_that_order()
    {
        var names = PackageCatalog.All.Select(p => p.Name);

        Assert.Equal([PackageName.Basic, PackageName.Pro, PackageName.Expert], names);
    }

    [Theory]
    [InlineData(PackageName.Basic, 1)]
    [InlineData(PackageName.Pro, 7)]
    [InlineData(PackageName.Expert, 8)]
    public void Each_package_fetches_its_number_of_modules(PackageName name, int moduleCount)
    {
        Assert.Equal(moduleCount, PackageCatalog.Get(name).Modules.Count);
    }

    [Fact]
    public void Basic_fetches_only_vehicle_data()
    {
        Assert.Equal([ReportModule.VehicleData], PackageCatalog.Basic.Modules);
    }

    [Fact]
    public void Pro_fetches_everything_except_vehicle_specs()
    {
        var expected = Enum.GetValues<ReportModule>().Where(m => m != ReportModule.VehicleSpecs);

        Assert.Equal(expected, PackageCatalog.Pro.Modules);
    }

    [Fact]
    public void Expert_fetches_the_pro_modules_plus_vehicle_specs()
    {
        Assert.Equal([.. PackageCatalog.Pro.Modules, ReportModule.VehicleSpecs], PackageCatalog.Expert.Modules);
    }

    [Theory]
    [InlineData(PackageName.Basic, "Basic")]
    [InlineData(PackageName.Pro, "Pro")]
    [InlineData(PackageName.Expert, "Expert")]
    public void Get_returns_the_package_with_its_title(PackageName name, string title)
    {
        var package = PackageCatalog.Get(name);

        Assert.Equal(name, package.Name);
        Assert.Equal(title, package.Title);
    }

    [Fact]
    public void Every_package_lists_features_for_the_customer()
    {
        Assert.All(PackageCatalog.All, p => Assert.NotEmpty(p.Features));
    }

    [Fact]
    public void Basic_features_mention_the_battery_health_estimate()
    {
        Assert.Contains("Battery health estimate", PackageCatalog.Basic.Features);
    }

    [Fact]
    public void Only_expert_features_mention_full_vehicle_specifications()
    {
        var withSpecs = PackageCatalog.All.Where(p => p.Features.Contains("Full vehicle specifications"));

        Assert.Equal([PackageName.Expert], withSpecs.Select(p => p.Name));
    }

    [Fact]
    public void Get_refuses_an_undefined_package()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PackageCatalog.Get((PackageName)7));
    }
}
