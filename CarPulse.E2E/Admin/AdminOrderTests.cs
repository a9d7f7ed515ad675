using CarPulse.E2E.Browsers;
using CarPulse.E2E.Hosting;
using CarPulse.E2E.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CarPulse.E2E.Admin;

[Collection(E2ECollection.Name)]
public sealed class AdminOrderTests(CarPulseServer server, BrowserFixture browser)
{
    [Fact]
    public async Task Support_finds_a_customers_paid_order_downloads_its_pdf_and_sees_it_in_the_funnel()
    {
        await using var customer = await browser.OpenAsync(Device.Desktop, server.BaseAddress);
        await ConsentPage.ConnectAsync(customer.Page, "one-car");
        var package = new PackagePage(customer.Page);
        await package.PayAsync();
        await new DemoCheckoutPage(customer.Page).PayAsync();
        await Expect(new PaidPage(customer.Page).ReportSummary).ToHaveTextAsync("All reports are ready.", new() { Timeout = 60_000 });
        var sessionId = new Uri(customer.Page.Url).AbsolutePath["/order/".Length..];

        await using var admin = await browser.OpenAsync(Device.Desktop, server.BaseAddress);
        var page = admin.Page;
        await page.GotoAsync("/admin/orders");
        await Expect(new AdminLoginPage(page).Heading).ToBeVisibleAsync();
        await new AdminLoginPage(page).LogInAsync(landsOn: "/admin/orders");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Orders", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Search").FillAsync(sessionId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var rows = page.GetByTestId("orders").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await admin.ScreenshotAsync("1-orders");

        await rows.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByTestId("order-vehicles")).ToContainTextAsync("Complete");
        await admin.ScreenshotAsync("2-order");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("admin-vehicle-pdf").ClickAsync());
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(await download.PathAsync()))[..4]));

        await page.GetByRole(AriaRole.Link, new() { Name = "Funnel" }).ClickAsync();
        await Expect(page.GetByTestId("funnel-steps").GetByRole(AriaRole.Row).Filter(new() { HasText = "Reports ready" })).Not.ToContainTextAsync("Reports ready 0");
        await admin.ScreenshotAsync("3-funnel");
        Assert.Empty(customer.PolicyViolations);
        Assert.Empty(admin.PolicyViolations);
    }
}
