using Bunit;
using CarPulse.Domain.Funnel;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Pricing;
using CarPulse.Domain.Reports;
using CarPulse.Tests.Support;
using CarPulse.Web.Features.Admin.Funnel;
using CarPulse.Web.Features.Admin.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Components.Admin;

public sealed class OrderAndFunnelPagesTests : AdminPageTestContext
{
    public OrderAndFunnelPagesTests() => JSInterop.Mode = JSRuntimeMode.Loose;

    [Fact]
    public async Task The_orders_page_lists_paid_orders_only_and_a_search_narrows_them()
    {
        var paid = await SeedAsync(new OrderSessionBuilder().WithVehicles(2).WithPackage(PackageName.Pro).InStatus(OrderStatus.Complete).Build());
        await SeedAsync(new OrderSessionBuilder().WithVehicles(1).InStatus(OrderStatus.VehiclesSelected).Build());

        var page = Render<OrdersPage>();

        var link = page.WaitForElement($"a[href='/admin/orders/{paid.Reference}']");
        Assert.Equal(paid.Reference, link.TextContent);
        Assert.Single(page.FindAll("[data-testid=orders] tbody tr"));
        Assert.Contains("pro × 2", page.Find("[data-testid=orders] tbody tr").TextContent);

        page.FindInput("Search").Change("CP-00000000");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("No orders match.", page.Find("[data-testid=orders]").TextContent));
    }

    [Fact]
    public async Task An_orders_detail_explains_why_a_finished_order_cannot_be_built_again_by_support()
    {
        var paid = await SeedAsync(new OrderSessionBuilder().WithVehicles(1).WithPackage(PackageName.Pro).InStatus(OrderStatus.Complete).Build());

        var page = Render<OrderDetailPage>(p => p.Add(x => x.Reference, paid.Reference));
        page.WaitForElement("[data-testid=order-vehicles]");
        Assert.Contains("not built", page.Find("[data-testid=order-vehicles]").TextContent);
        Assert.Contains(paid.SelectedVehicles.Single().MaskedVin, page.Find("[data-testid=order-vehicles]").TextContent);

        Assert.Empty(page.FindAll("[data-testid=retry-build]"));
        Assert.Contains("ask them to open their report link and press \"Retry the missing parts\"", page.Find("[data-testid=customer-retry]").TextContent);
    }

    [Fact]
    public async Task A_finished_order_with_every_report_complete_offers_no_rebuild()
    {
        var paid = await SeedAsync(new OrderSessionBuilder().WithVehicles(1).WithPackage(PackageName.Basic).InStatus(OrderStatus.Complete).Build());
        await using (var db = Database.Open())
        {
            db.VehicleReports.Add(VehicleReport.From(paid.Id, paid.SelectedVehicleIds[0], new Dictionary<string, System.Text.Json.JsonElement>(), new Dictionary<string, string>(), OrderSessionBuilder.Now));
            await db.SaveChangesAsync();
        }

        var page = Render<OrderDetailPage>(p => p.Add(x => x.Reference, paid.Reference));

        page.WaitForAssertion(() => Assert.Contains("Complete", page.Find("[data-testid=order-vehicles]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=retry-build]"));
    }

    [Fact]
    public async Task The_funnel_page_shows_each_steps_journeys_and_conversion()
    {
        var funnel = Services.GetRequiredService<FunnelRecorder>();
        foreach (var journey in new[] { "a", "b", "c", "d" })
        {
            await funnel.OrderReachedAsync(FunnelStep.OAuthCompleted, journey);
        }

        await funnel.OrderReachedAsync(FunnelStep.VehiclesSelected, "a");

        var page = Render<FunnelPage>();

        page.WaitForAssertion(() =>
        {
            var rows = page.FindAll("[data-testid=funnel-steps] tbody tr").Select(row => System.Text.RegularExpressions.Regex.Replace(row.TextContent, @"\s+", " ").Trim()).ToList();
            Assert.Contains("Tesla sign-in completed 4 –", rows);
            Assert.Contains("Vehicles selected 1 25.0 %", rows);
        });
    }

    [Fact]
    public async Task An_unpaid_order_that_received_money_is_listed_and_support_can_take_the_refund_the_provider_missed()
    {
        var changed = await SeedAsync(new OrderSessionBuilder().WithVehicles(1).WithPackage(PackageName.Basic).InStatus(OrderStatus.VehiclesSelected).Build());
        var paidCheckout = await PaidDemoCheckoutAsync(changed);
        await using (var db = Database.Open())
        {
            // A payment recorded as due for refund while the provider was not answering.
            db.Payments.Add(Payment.ToRefund(
                new VerifiedPayment(PaymentProvider.Demo, paidCheckout, changed.Id, changed.Reference, 999, "EUR", "card", null),
                "This checkout no longer matches the order, which is vehicles_selected.",
                OrderSessionBuilder.Now));
            await db.SaveChangesAsync();
        }

        var list = Render<OrdersPage>();
        list.WaitForAssertion(() => Assert.Contains("1 refund", list.Find("[data-testid=orders] tbody tr").TextContent));
        var page = Render<OrderDetailPage>(p => p.Add(x => x.Reference, changed.Reference));
        page.WaitForAssertion(() => Assert.Contains("RefundPending", page.Find("[data-testid=payment-status]").TextContent));
        page.Find("[data-testid=refund-due]").Click();

        page.WaitForAssertion(() => Assert.StartsWith("Refunded", page.Find("[data-testid=payment-status]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=refund-due]"));
        await using var check = Database.Open();
        Assert.NotNull(check.DemoCheckouts.Single(c => c.Id == paidCheckout).RefundedAt);
        Assert.Contains(check.AuditEntries, entry => entry.Key == changed.Reference && (entry.NewValue ?? string.Empty).Contains("refund_retried"));
    }

    /// <summary>A demo checkout the customer paid, as the provider keeps it.</summary>
    private async Task<string> PaidDemoCheckoutAsync(OrderSession session)
    {
        var demo = new DemoGateway(Database.Scopes(), new Microsoft.Extensions.Time.Testing.FakeTimeProvider(OrderSessionBuilder.Now));
        var checkout = await demo.StartCheckoutAsync(
            new CheckoutRequest("pay_x", session.Reference, 1, "checkout-x", 999, "EUR", "Basic", "en", new Uri("http://localhost/ok"), new Uri("http://localhost/back"), OrderSessionBuilder.Now.AddMinutes(30), [], false),
            CancellationToken.None);
        await demo.DecideAsync(checkout.CheckoutId, CheckoutOutcome.Paid, customerEmail: null, CancellationToken.None);
        return checkout.CheckoutId;
    }

    private async Task<OrderSession> SeedAsync(OrderSession session)
    {
        await using var db = Database.Open();
        db.OrderSessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }
}
