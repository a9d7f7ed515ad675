using System.Net.Http.Json;
using CarPulse.Domain.Admin;
using CarPulse.Domain.Pricing;
using CarPulse.Tests.Http.Payments;
using CarPulse.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Http.Admin;

/// <summary>An admin's price change reaches the next quote at once; an order already paid keeps what it was charged.</summary>
public sealed class PriceChangeTests : IAsyncLifetime
{
    private StripeCheckoutHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await StripeCheckoutHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task The_next_quote_uses_a_saved_price_and_a_paid_orders_receipt_keeps_the_old_one()
    {
        var paid = await _harness.SeedQuotedAsync(vehicles: 2);
        var checkout = await _harness.StartCheckoutAsync(paid);
        _harness.Stripe.Pay(checkout);
        await _harness.DeliverAsync(Stripe.EventTypes.CheckoutSessionCompleted, checkout);

        await SaveProTwoBandAsync(3499);

        var next = await _harness.SeedQuotedAsync(vehicles: 2);
        var quote = await (await _harness.Client.PostAsJsonAsync("/api/v1/pricing/quote", new { session_id = next.Id })).AssertOkJsonAsync();
        Assert.Equal((3499L, 3499L), (quote.GetProperty("tier_price_cents").GetInt64(), quote.GetProperty("total_cents").GetInt64()));
        var receipt = await (await _harness.Client.GetAsync($"/api/v1/payment/receipt/{paid.Id}")).AssertOkJsonAsync();
        Assert.Equal((2999L, 2999L), (receipt.GetProperty("line").GetProperty("amount_cents").GetInt64(), receipt.GetProperty("total_cents").GetInt64()));
    }

    [Fact]
    public async Task The_catalog_shows_a_saved_price()
    {
        await SaveProTwoBandAsync(3199);

        var catalog = await (await _harness.Client.GetAsync("/api/v1/pricing/catalog")).AssertOkJsonAsync();

        var pro = catalog.GetProperty("packages").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "pro");
        Assert.Equal(3199, pro.GetProperty("tiers")[1].GetProperty("price_cents").GetInt64());
    }

    private async Task SaveProTwoBandAsync(long priceCents)
    {
        await using var scope = _harness.App.Services.CreateAsyncScope();
        var bands = PackageCatalog.All.ToDictionary(p => p.Name, p => TierTable.Default.BandsFor(p.Name));
        bands[PackageName.Pro] = [new(1, 1999), new(2, priceCents), new(5, 4999), new(10, 7999)];
        await scope.ServiceProvider.GetRequiredService<PriceAdministration>().SaveAsync(AdminServices.Admin, bands, CancellationToken.None);
    }
}
