using Bunit;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Pricing;
using CarPulse.Tests.Support;
using CarPulse.Web.Features.Checkout;
using CarPulse.Web.Features.Checkout.Store;
using CarPulse.Web.Hosting;
using CarPulse.Web.Store;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CarPulse.Tests.Components.Checkout;

public sealed class OrderPageTests : CarPulseTestContext
{
    private readonly FakeTimeProvider _clock = new(OrderSessionBuilder.Now);
    private readonly TestDatabase _database;

    public OrderPageTests()
    {
        _database = UseDatabase(_clock);
        UseOrderPage(_clock, new RateLimitOptions { VoucherChecksPerMinute = 3 });
    }

    [Fact]
    public async Task Two_cars_open_on_the_vehicles_step_with_the_step_indicator_on_package()
    {
        var session = await SeedAsync(new OrderSessionBuilder().WithVehicles(2).Build());

        var page = Render<OrderPage>(p => p.Add(x => x.SessionId, session.Id));

        page.WaitForAssertion(() => Assert.Contains("Your vehicles", page.Text()));
        Assert.Equal("step", page.Find("li.current").GetAttribute("aria-current"));
        Assert.Contains("Package", page.Find("li.current").TextContent);
    }

    [Fact]
    public async Task An_expired_session_says_so_and_returns_to_the_landing_page()
    {
        var session = await SeedAsync(new OrderSessionBuilder().Build());
        _clock.Advance(OrderOptions.DefaultSessionLifetime);

        var page = Render<OrderPage>(p => p.Add(x => x.SessionId, session.Id));

        page.WaitForAssertion(() => Assert.EndsWith("/?expired=true", Services.GetRequiredService<NavigationManager>().Uri));
        Assert.Contains("Session expired. Please start again.", page.Text());
    }

    [Fact]
    public async Task A_paid_order_shows_paid_with_what_was_bought_and_the_receipt_not_the_selection()
    {
        var session = await SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.Paid).WithPackage(PackageName.Expert).Build());

        var page = Render<OrderPage>(p => p.Add(x => x.SessionId, session.Id));

        page.WaitForAssertion(() => Assert.Equal("Paid", page.Find("h1").TextContent.Trim()));
        Assert.Equal("Expert report — 2 vehicles · €44.99", page.Find("[data-testid=paid-summary]").TextContent.Trim());
        Assert.Equal($"/api/v1/payment/receipt/{session.Id}/pdf", page.Find("[data-testid=receipt]").GetAttribute("href"));
        Assert.DoesNotContain("Your vehicles", page.Text());
        Assert.Contains("Report", page.Find("li.current").TextContent);
    }

    [Fact]
    public async Task An_order_whose_bank_payment_is_processing_says_so_and_offers_no_changes()
    {
        var session = new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build();
        session.OpenCheckout("pay_bank_debit", OrderSessionBuilder.Now.AddMinutes(30), OrderSessionBuilder.Now);
        session.AwaitDelayedPayment("pay_bank_debit", OrderSessionBuilder.Now.AddDays(7), OrderSessionBuilder.Now);
        await SeedAsync(session);

        var page = Render<OrderPage>(p => p.Add(x => x.SessionId, session.Id));

        page.WaitForAssertion(() => Assert.Equal("Payment processing", page.Find("h1").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=pay]"));
        Assert.Contains("Payment", page.Find("li.current").TextContent);
    }

    [Fact]
    public async Task Past_the_voucher_limit_the_voucher_box_says_to_wait_and_the_order_stays_as_it_was()
    {
        var session = await SeedAsync(new OrderSessionBuilder().WithVehicles(1).Build());
        var page = Render<OrderPage>(p => p.Add(x => x.SessionId, session.Id));
        page.WaitForAssertion(() => Assert.Equal("€19.99", page.Find("[data-testid=total]").TextContent.Trim()));

        for (var guess = 1; guess <= 3; guess++)
        {
            ApplyVoucher(page, $"GUESS{guess}");
            page.WaitForAssertion(() => Assert.Equal("This voucher code is not valid.", page.Find("[data-testid=voucher-refusal]").TextContent.Trim()));
        }

        ApplyVoucher(page, "LAUNCH10");

        page.WaitForAssertion(() => Assert.Equal("Too many voucher codes tried. Please wait a minute and try again.", page.Find("[data-testid=voucher-refusal]").TextContent.Trim()));
        Assert.Equal("€19.99", page.Find("[data-testid=total]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=voucher-line]"));
        Assert.Contains("Pro report — 1 vehicle", page.Find("[data-testid=quote]").TextContent);
    }

    /// <summary>Types <paramref name="code"/> into the voucher box and presses Apply once the page is ready for it.</summary>
    private static void ApplyVoucher(IRenderedComponent<OrderPage> page, string code)
    {
        page.FindInput("Voucher code").Input(code);
        page.WaitForAssertion(() => Assert.False(page.FindButton("Apply").HasAttribute("disabled")));
        page.FindButton("Apply").Click();
    }

    private async Task<OrderSession> SeedAsync(OrderSession session)
    {
        await using var db = _database.Open();
        db.OrderSessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }
}
