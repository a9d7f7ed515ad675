using Bunit;
using CarPulse.Web.Features.Admin.Vouchers;
using Microsoft.EntityFrameworkCore;

namespace CarPulse.Tests.Components.Admin;

public sealed class VouchersPageTests : AdminPageTestContext
{
    [Fact]
    public void The_grid_lists_every_voucher_with_its_discount_and_redemptions()
    {
        var page = Render<VouchersPage>();

        var rows = page.FindAll("tbody tr").Select(row => row.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, row => row.Contains("FLEET20") && row.Contains("20% off") && row.Contains("0 / no limit") && row.Contains("Active"));
        Assert.Contains(rows, row => row.Contains("LAUNCH10") && row.Contains("Launch discount") && row.Contains("0 / 100"));
    }

    [Fact]
    public void A_new_voucher_with_a_bad_code_shows_the_rule_and_once_corrected_joins_the_grid()
    {
        var page = Render<VouchersPage>();
        page.FindButton("New voucher").Click();
        page.FindInput("Code").Change("no!");
        page.FindInput("Label").Change("Spring sale");
        page.FindInput("Value (percent, or cents off)").Change("25");

        page.FindButton("Save voucher").Click();

        Assert.Contains("A voucher code must be 3–32 characters of A–Z, 0–9, '-' or '_'.", page.Find("[data-testid=voucher-error]").TextContent);

        page.FindInput("Code").Change("spring26");
        page.FindButton("Save voucher").Click();

        page.WaitForAssertion(() => Assert.Contains("Saved SPRING26.", page.Text()));
        Assert.Contains(page.FindAll("tbody tr"), row => row.TextContent.Contains("SPRING26") && row.TextContent.Contains("25% off"));
        Assert.Empty(page.FindAll("[data-testid=voucher-error]"));
    }

    [Fact]
    public void A_validity_window_that_ends_before_it_starts_is_refused_with_its_reason()
    {
        var page = Render<VouchersPage>();
        page.FindButton("Edit LAUNCH10").Click();
        page.FindInput("Valid from (UTC)").Change("2026-12-01T00:00");
        page.FindInput("Valid until (UTC)").Change("2026-11-01T00:00");

        page.FindButton("Save voucher").Click();

        Assert.Contains("A voucher must end after it starts.", page.Find("[data-testid=voucher-error]").TextContent);
    }

    [Fact]
    public async Task Deactivating_a_voucher_shows_it_inactive_and_stores_it()
    {
        var page = Render<VouchersPage>();

        page.FindButton("Deactivate FLEET20").Click();

        page.WaitForAssertion(() => Assert.Contains("FLEET20 is now inactive.", page.Text()));
        Assert.Contains(page.FindAll("tbody tr"), row => row.TextContent.Contains("FLEET20") && row.TextContent.Contains("Inactive"));
        await using var db = Database.Open();
        Assert.False((await db.Vouchers.SingleAsync(v => v.Code == "FLEET20")).IsActive);
    }
}
