using CarPulse.E2E.Browsers;
using CarPulse.E2E.Hosting;
using CarPulse.E2E.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CarPulse.E2E.Orders;

[Collection(E2ECollection.Name)]
public sealed class CustomerWayBackTests(CarPulseServer server, BrowserFixture browser)
{
    [Fact]
    public async Task A_free_order_with_an_email_is_mailed_its_link_which_opens_the_reports_where_the_owner_can_delete_the_data()
    {
        await using var session = await browser.OpenAsync(Device.Desktop, server.BaseAddress);
        var page = session.Page;
        var email = $"owner-{Guid.NewGuid():N}@example.com";
        await ConsentPage.ConnectAsync(page, "one-car");
        var package = new PackagePage(page);
        await package.ApplyVoucherAsync("PILOT2026");
        await Expect(package.PayButton).ToHaveTextAsync("Get free report");
        await page.GetByLabel("Email me the link (optional)").FillAsync(email);
        await session.ScreenshotAsync("way-back-1-free-order-email");
        await package.PayAsync();
        await Expect(new PaidPage(page).Heading).ToBeVisibleAsync();

        await using var inbox = await browser.OpenAsync(Device.Phone, server.BaseAddress);
        var message = await OpenMailAsync(inbox.Page, email, "Your CarPulse order");
        await inbox.ScreenshotAsync("way-back-2-mail");
        await message.GetByRole(AriaRole.Link, new() { Name = "Open your order" }).ClickAsync();

        var reports = new PaidPage(inbox.Page);
        await Expect(reports.Heading).ToBeVisibleAsync();
        await Expect(reports.ReportSummary).ToHaveTextAsync("All reports are ready.", new() { Timeout = 30_000 });
        await inbox.ScreenshotAsync("way-back-3-reports-from-the-mail");
        await inbox.Page.GetByTestId("delete-start").ClickAsync();
        await Expect(inbox.Page.GetByRole(AriaRole.Alertdialog)).ToContainTextAsync("accounting law requires");
        await inbox.Page.GetByTestId("delete-confirm").ClickAsync();
        await Expect(inbox.Page.GetByRole(AriaRole.Heading, new() { Name = "This order's data was deleted", Level = 1 })).ToBeVisibleAsync();
        await inbox.ScreenshotAsync("way-back-4-deleted");
        Assert.Empty(session.PolicyViolations);
        Assert.Empty(inbox.PolicyViolations);
    }

    [Fact]
    public async Task Every_page_links_the_shop_pages_and_find_my_order_answers_without_telling_who_bought()
    {
        await using var session = await browser.OpenAsync(Device.TeslaInCar, server.BaseAddress);
        var page = session.Page;

        await page.GotoAsync("/");
        var footer = page.GetByTestId("site-footer");
        await footer.GetByRole(AriaRole.Link, new() { Name = "Privacy notice" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Privacy notice", Level = 1 })).ToBeVisibleAsync();
        await footer.GetByRole(AriaRole.Link, new() { Name = "Terms of sale" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Terms of sale", Level = 1 })).ToBeVisibleAsync();
        await footer.GetByRole(AriaRole.Link, new() { Name = "Contact" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Contact", Level = 1 })).ToBeVisibleAsync();
        await footer.GetByRole(AriaRole.Link, new() { Name = "Find my order" }).ClickAsync();
        await page.GetByLabel("Email address").FillAsync("nobody-bought-anything@example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Email me my order links" }).ClickAsync();

        await Expect(page.GetByTestId("find-order-answer")).ToContainTextAsync("If this address has orders with us");
        await session.ScreenshotAsync("find-my-order");
        Assert.Empty(session.PolicyViolations);
    }

    /// <summary>The development inbox, reloaded until the message to <paramref name="to"/> arrives (the sender works in the background); opens it.</summary>
    private static async Task<IPage> OpenMailAsync(IPage page, string to, string subject)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            await page.GotoAsync("/dev/mail");
            var row = page.GetByTestId("mail-row").Filter(new() { HasText = to }).Filter(new() { HasText = subject });
            if (await row.CountAsync() > 0)
            {
                // The development inbox is a table for a desktop screen; on a phone its cells overlap the link, so open it by address.
                await page.GotoAsync(await row.First.GetByRole(AriaRole.Link).GetAttributeAsync("href") ?? throw new InvalidOperationException("The message row has no link."));
                return page;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"No message '{subject}' reached {to}.");
    }
}
