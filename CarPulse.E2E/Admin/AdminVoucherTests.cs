using CarPulse.E2E.Browsers;
using CarPulse.E2E.Hosting;
using CarPulse.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace CarPulse.E2E.Admin;

[Collection(E2ECollection.Name)]
public sealed class AdminVoucherTests(CarPulseServer server, BrowserFixture browser)
{
    [Fact]
    public async Task An_admin_creates_a_voucher_a_customer_quote_takes_it_and_once_deactivated_refuses_it()
    {
        await using var admin = await browser.OpenAsync(Device.Desktop, server.BaseAddress);
        await admin.Page.GotoAsync("/admin/vouchers");
        var login = new AdminLoginPage(admin.Page);
        await Expect(login.Heading).ToBeVisibleAsync();
        await admin.ScreenshotAsync("1-login");
        await login.LogInAsync(landsOn: "/admin/vouchers");

        var vouchers = new AdminVouchersPage(admin.Page);
        await Expect(vouchers.Heading).ToBeVisibleAsync();
        await vouchers.CreatePercentageAsync("E2E30", "End-to-end spring", 30);
        await Expect(vouchers.Notice).ToHaveTextAsync("Saved E2E30.");
        await Expect(vouchers.Row("E2E30")).ToContainTextAsync("30% off");
        await admin.ScreenshotAsync("2-created");

        await using var customer = await browser.OpenAsync(Device.Phone, server.BaseAddress);
        await ConsentPage.ConnectAsync(customer.Page, "one-car");
        var package = new PackagePage(customer.Page);
        await Expect(package.PayButton).ToHaveTextAsync("Pay €19.99");
        await package.ApplyVoucherAsync("e2e30");
        await Expect(package.VoucherLine).ToContainTextAsync("End-to-end spring");
        await Expect(package.PayButton).ToHaveTextAsync("Pay €13.99");
        await customer.ScreenshotAsync("3-quote-with-voucher");

        await vouchers.DeactivateAsync("E2E30");
        await Expect(vouchers.Row("E2E30")).ToContainTextAsync("Inactive");
        await admin.ScreenshotAsync("4-deactivated");

        await package.ApplyVoucherAsync("e2e30");
        await Expect(package.VoucherRefusal).ToHaveTextAsync("This voucher is no longer active.");
        await customer.ScreenshotAsync("5-refused");
    }
}
