using Bunit;
using CarPulse.Domain.Pricing;
using CarPulse.Web.Features.Admin.Prices;
using Microsoft.EntityFrameworkCore;

namespace CarPulse.Tests.Components.Admin;

public sealed class PricesPageTests : AdminPageTestContext
{
    [Fact]
    public async Task Bands_that_do_not_ascend_are_refused_with_a_message_naming_the_band_and_nothing_is_saved()
    {
        var page = Render<PricesPage>();
        page.FindInput("Pro band 3 up to vehicles").Change("2");

        page.FindButton("Save prices").Click();

        Assert.Contains("Pro band 3: the maximum number of vehicles (2) must be greater than band 2's (2).", page.Find("[data-testid=price-problems]").TextContent);
        await AssertStoredAsync(PackageName.Pro, 5, 4999);
    }

    [Fact]
    public async Task A_price_of_zero_cents_is_refused_with_a_message()
    {
        var page = Render<PricesPage>();
        page.FindInput("Basic band 1 price in cents").Change("0");

        page.FindButton("Save prices").Click();

        Assert.Contains("Basic band 1 (up to 1 vehicles): the price must be more than 0 cents, not 0.", page.Find("[data-testid=price-problems]").TextContent);
        await AssertStoredAsync(PackageName.Basic, 1, 999);
    }

    [Fact]
    public async Task A_valid_change_is_saved_and_confirmed()
    {
        var page = Render<PricesPage>();
        page.FindInput("Expert band 4 price in cents").Change("13999");

        page.FindButton("Save prices").Click();

        page.WaitForAssertion(() => Assert.Contains("Prices saved. The next quote uses them.", page.Text()));
        Assert.Empty(page.FindAll("[data-testid=price-problems]"));
        await AssertStoredAsync(PackageName.Expert, 10, 13999);
    }

    private async Task AssertStoredAsync(PackageName package, int maxVehicles, long priceCents)
    {
        await using var db = Database.Open();
        var stored = await db.TierPrices.SingleAsync(p => p.Package == package && p.MaxVehicles == maxVehicles);
        Assert.Equal(priceCents, stored.PriceCents);
    }
}
