using CarPulse.E2E.Browsers;
using CarPulse.E2E.Hosting;
using CarPulse.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace CarPulse.E2E.Checkout;

[Collection(E2ECollection.Name)]
public sealed class CheckoutFlowTests(CarPulseServer server, BrowserFixture browser)
{
    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.TeslaInCar)]
    [InlineData(Device.Phone)]
    public async Task A_new_user_goes_from_landing_through_consent_to_a_correct_quote_and_a_reload_resumes(Device device)
    {
        await using var session = await browser.OpenAsync(device, server.BaseAddress);
        var page = session.Page;

        await page.GotoAsync("/");
        await session.ScreenshotAsync("1-landing");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Get started" }).ClickAsync();
        var brand = new BrandPage(page);
        await session.ScreenshotAsync("2-brand");
        await brand.ConnectTesla.ClickAsync();
        await session.ScreenshotAsync("3-consent");
        await new ConsentPage(page).ChooseAsync("two-cars");

        var vehicles = new VehiclesPage(page);
        await Expect(vehicles.Heading).ToBeVisibleAsync();
        await Expect(vehicles.Cards).ToHaveCountAsync(2);
        await session.ScreenshotAsync("4-vehicles");
        await vehicles.SelectAllAsync();
        await vehicles.ContinueAsync();

        var package = new PackagePage(page);
        await Expect(package.Heading).ToBeVisibleAsync();
        await Expect(package.PayButton).ToHaveTextAsync("Pay €29.99");
        await package.ChooseAsync("Expert");
        await Expect(package.PayButton).ToHaveTextAsync("Pay €44.99");
        await package.ApplyVoucherAsync("launch10");
        await Expect(package.VoucherLine).ToContainTextAsync("Launch discount");
        await Expect(package.PayButton).ToHaveTextAsync("Pay €40.49");
        await session.ScreenshotAsync("5-quote");

        await page.ReloadAsync();

        await Expect(package.Heading).ToBeVisibleAsync();
        await Expect(package.PayButton).ToHaveTextAsync("Pay €40.49");
        await Expect(package.Total).ToHaveTextAsync("€40.49");
        Assert.Empty(session.PolicyViolations);
    }

    [Fact]
    public async Task Coming_back_to_the_landing_page_offers_to_resume_the_order()
    {
        await using var session = await browser.OpenAsync(Device.Phone, server.BaseAddress);
        var page = session.Page;
        await ConsentPage.ConnectAsync(page, "one-car");
        var package = new PackagePage(page);
        await Expect(package.PayButton).ToHaveTextAsync("Pay €19.99");

        await page.GotoAsync("/");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Resume your order" }).ClickAsync();

        await Expect(package.Heading).ToBeVisibleAsync();
        await Expect(package.PayButton).ToHaveTextAsync("Pay €19.99");
        await session.ScreenshotAsync("resumed");
    }

    [Fact]
    public async Task The_car_hands_over_to_the_phone_by_qr_link_and_follows_what_the_phone_chooses()
    {
        await using var car = await browser.OpenAsync(Device.TeslaInCar, server.BaseAddress);
        await ConsentPage.ConnectAsync(car.Page, "one-car");
        var carPackage = new PackagePage(car.Page);
        await Expect(carPackage.PayButton).ToHaveTextAsync("Pay €19.99");
        await car.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Continue on your phone" }).ClickAsync();
        var link = await car.Page.Locator(".handoff-url").TextContentAsync() ?? string.Empty;
        await car.ScreenshotAsync("qr");

        await using var phone = await browser.OpenAsync(Device.Phone, server.BaseAddress);
        await phone.Page.GotoAsync(link);
        var phonePackage = new PackagePage(phone.Page);
        await Expect(phonePackage.PayButton).ToHaveTextAsync("Pay €19.99");
        await phonePackage.ChooseAsync("Expert");
        await Expect(phonePackage.PayButton).ToHaveTextAsync("Pay €29.99");

        await Expect(carPackage.PayButton).ToHaveTextAsync("Pay €29.99");
        await car.ScreenshotAsync("followed");
    }

    [Fact]
    public async Task The_free_pilot_voucher_turns_the_button_into_get_free_report_which_completes_the_order()
    {
        await using var session = await browser.OpenAsync(Device.Desktop, server.BaseAddress);
        var page = session.Page;
        await ConsentPage.ConnectAsync(page, "one-car");

        var package = new PackagePage(page);
        await Expect(package.Heading).ToBeVisibleAsync();
        await Expect(package.PayButton).ToHaveTextAsync("Pay €19.99");
        await package.ApplyVoucherAsync("NOPE");
        await Expect(package.VoucherRefusal).ToHaveTextAsync("This voucher code is not valid.");
        await package.ApplyVoucherAsync("PILOT2026");

        await Expect(package.PayButton).ToHaveTextAsync("Get free report");
        await session.ScreenshotAsync("free");
        await package.PayAsync();

        await Expect(new PaidPage(page).Heading).ToBeVisibleAsync();
        await session.ScreenshotAsync("paid");
    }

    [Fact]
    public async Task Switching_to_finnish_mid_checkout_keeps_the_order_and_writes_prices_the_finnish_way()
    {
        await using var session = await browser.OpenAsync(Device.TeslaInCar, server.BaseAddress);
        var page = session.Page;
        await ConsentPage.ConnectAsync(page, "one-car");
        await Expect(new PackagePage(page).PayButton).ToHaveTextAsync("Pay €19.99");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Suomi" }).ClickAsync();

        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "Valitse raporttisi", Level = 1 })).ToBeVisibleAsync();
        await Expect(new PackagePage(page).PayButton).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Maksa 19,99\s€$"));
        await session.ScreenshotAsync("fi");
    }
}
