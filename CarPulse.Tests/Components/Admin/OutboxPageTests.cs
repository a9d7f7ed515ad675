using Bunit;
using CarPulse.Domain.Admin;
using CarPulse.Domain.Messages;
using CarPulse.Tests.Support;
using CarPulse.Web.Features.Admin.Orders;
using CarPulse.Web.Features.Admin.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CarPulse.Tests.Components.Admin;

public sealed class OutboxPageTests : AdminPageTestContext
{
    [Fact]
    public async Task Sending_the_report_link_again_queues_it_to_the_paying_address_writes_the_audit_and_the_outbox_lists_it_masked()
    {
        var paid = await PaidWithEmail.SeedAsync(Database, "owner@example.com");

        var detail = Render<OrderDetailPage>(p => p.Add(x => x.Reference, paid.Reference));
        detail.WaitForElement("[data-testid=resend-report-link]").Click();
        detail.WaitForAssertion(() => Assert.Contains("The message is queued", detail.Find("[data-testid=order-notice]").TextContent));
        var outbox = Render<OutboxPage>();

        await using var db = Database.Open();
        var message = Assert.Single(await db.OutboxMessages.ToListAsync());
        Assert.Equal((MessageKind.ReportsReady, "owner@example.com", paid.Id), (message.Kind, message.Recipient, message.OrderSessionId));
        var audit = Assert.Single(await db.AuditEntries.ToListAsync());
        Assert.Equal((AuditEntry.OrderEntity, paid.Reference), (audit.Entity, audit.Key));
        Assert.Contains(OrderAction.ReportLinkResent, audit.NewValue);
        outbox.WaitForAssertion(() => Assert.Contains(paid.Reference, outbox.Find("[data-testid=outbox-row]").TextContent));
        Assert.Contains("o***@example.com", outbox.Find("[data-testid=outbox-row]").TextContent);
        Assert.DoesNotContain("owner@example.com", outbox.Markup);
    }

    [Fact]
    public async Task An_order_without_an_address_offers_no_resend()
    {
        var paid = await PaidWithEmail.SeedAsync(Database, email: null);

        var detail = Render<OrderDetailPage>(p => p.Add(x => x.Reference, paid.Reference));

        detail.WaitForElement("[data-testid=order-facts]");
        Assert.Empty(detail.FindAll("[data-testid=resend-confirmation]"));
        Assert.Empty(detail.FindAll("[data-testid=resend-report-link]"));
    }
}
