using Bunit;
using CarPulse.Domain.Archive;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using CarPulse.Tests.Support;
using CarPulse.Web.Hosting;
using CarPulse.Web.Features.Checkout;
using CarPulse.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CarPulse.Tests.Components.Reports;

public sealed class DeleteMyDataTests : CarPulseTestContext
{
    private readonly FakeTimeProvider _clock = new(OrderSessionBuilder.Now);
    private readonly TemporaryDirectory _archive = new();
    private readonly TestDatabase _database;

    public DeleteMyDataTests()
    {
        _database = UseDatabase(_clock);
        Services.AddSingleton<IOrderArchive>(new FileSystemOrderArchive(_archive.Path));
        Services.AddScoped<CustomerDataEraser>();
        Services.AddScoped<OwnerDataDeletion>();
        UseOrderPage(_clock, new RateLimitOptions());
    }

    [Fact]
    public async Task Delete_asks_first_says_what_goes_and_what_accounting_keeps_then_deletes_and_reloads_the_order()
    {
        var order = await PaidWithEmail.SeedAsync(_database, "owner@example.com");
        var panel = Render<DeleteMyData>(p => p.Add(x => x.SessionId, order.Id));

        panel.Find("[data-testid=delete-start]").Click();
        var confirmation = panel.Find("[role=alertdialog]").TextContent;
        await using (var untouched = _database.Open())
        {
            Assert.Null((await untouched.OrderSessions.SingleAsync()).DeletedByOwnerAt);
        }

        panel.Find("[data-testid=delete-confirm]").Click();

        Assert.Contains("your email address, the car names and the full VINs", confirmation);
        Assert.Contains("Kept, because accounting law requires it: the payment, the receipt with its number and amount, and the masked VIN.", confirmation);
        // The page reloads itself from the server, where the order's link now shows the deleted page.
        panel.WaitForAssertion(() => Assert.True(Assert.Single(Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>().History).Options.ForceLoad));
        await using var db = _database.Open();
        Assert.NotNull((await db.OrderSessions.SingleAsync()).DeletedByOwnerAt);
        Assert.Null((await db.Payments.SingleAsync()).CustomerEmail);
    }

    [Fact]
    public async Task Keep_my_data_closes_the_question_and_deletes_nothing()
    {
        var order = await PaidWithEmail.SeedAsync(_database, "owner@example.com");
        var panel = Render<DeleteMyData>(p => p.Add(x => x.SessionId, order.Id));

        panel.Find("[data-testid=delete-start]").Click();
        panel.Find("[data-testid=delete-cancel]").Click();

        Assert.Empty(panel.FindAll("[role=alertdialog]"));
        await using var db = _database.Open();
        Assert.Equal("owner@example.com", (await db.Payments.SingleAsync()).CustomerEmail);
    }

    [Fact]
    public async Task The_old_link_of_a_deleted_order_shows_a_clear_deleted_page_with_the_receipt()
    {
        var order = await PaidWithEmail.SeedAsync(_database, "owner@example.com");
        await using (var scope = Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OwnerDataDeletion>().DeleteAsync(order.Id, CancellationToken.None);
        }

        var page = Render<OrderPage>(p => p.Add(x => x.SessionId, order.Id));

        page.WaitForAssertion(() => Assert.Contains("This order's data was deleted", page.Find("[data-testid=order-deleted]").TextContent));
        Assert.Contains("We keep only what accounting law requires", page.Markup);
        Assert.Equal($"/api/v1/payment/receipt/{order.Id}/pdf", page.Find("[data-testid=receipt]").GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-testid=report-progress]"));
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _archive.Dispose();
    }
}
