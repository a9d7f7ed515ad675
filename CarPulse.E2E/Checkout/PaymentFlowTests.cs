using CarPulse.E2E.Browsers;
using CarPulse.E2E.Hosting;
using CarPulse.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace CarPulse.E2E.Checkout;

/// <summary>Paying in demo mode in a real browser: the provider's page, the way back, and the car following the phone.</summary>
[Collection(E2ECollection.Name)]
public sealed class PaymentFlowTests(CarPulseServer server, BrowserFixture browser)
{
    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.Phone)]
    public async Task A_customer_pays_on_the_demo_page_and_lands_on_the_paid_order(Device device)
    {
        await using var session = await browser.OpenAsync(device, server.BaseAddress);
        var page = session.Page;
        await ConsentPage.ConnectAsync(page, "two-cars");
        var vehicles = new VehiclesPage(page);
        await vehicles.SelectAllAsync();
        await vehicles.ContinueAsync();
        var package = new PackagePage(page);
        await Expect(package.PayButton).ToHaveTextAsync("Pay €29.99");
        await Expect(package.PayButton).ToBeDisabledAsync();

        await package.PayAsync();

        var checkout = new DemoCheckoutPage(page);
        await Expect(checkout.Amount).ToHaveTextAsync("€29.99");
        await session.ScreenshotAsync("demo-checkout");
        await checkout.PayAsync();

        var paid = new PaidPage(page);
        await Expect(paid.Heading).ToBeVisibleAsync();
        await Expect(paid.Summary).ToContainTextAsync("Pro report — 2 vehicles · €29.99");
        await session.ScreenshotAsync("paid");
        await Expect(paid.ReportSummary).ToHaveTextAsync("All reports are ready.", new() { Timeout = 60_000 });
        await Expect(paid.VehicleTabs).ToHaveTextAsync(["JT3", "Family"]);
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "Charging history" })).ToBeVisibleAsync();
        await session.ScreenshotAsync("reports-ready");
        await paid.VehicleTabs.Filter(new() { HasText = "Family" }).ClickAsync();
        await Expect(page.GetByTestId("vehicle-report").Filter(new() { HasText = "Model Y" })).ToBeVisibleAsync();

        var (pdfName, pdf) = await paid.DownloadAsync(paid.ReportPdf);
        Assert.Matches(@"^carpulse-CP-[0-9A-Z]{8}-[0-9A-Z]{13}xxxx\.pdf$", pdfName);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        var (csvName, csv) = await paid.DownloadAsync(paid.ChargingCsv);
        Assert.EndsWith(".csv", csvName);
        Assert.StartsWith("session_id,", System.Text.Encoding.UTF8.GetString(csv).TrimStart('\uFEFF'));
        var (_, receipt) = await paid.DownloadAsync(paid.Receipt);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(receipt, 0, 4));
        Assert.Empty(session.PolicyViolations);
    }

    [Fact]
    public async Task A_declined_payment_returns_to_the_quote_with_a_message_and_the_choice_kept()
    {
        await using var session = await browser.OpenAsync(Device.Desktop, server.BaseAddress);
        var page = session.Page;
        await ConsentPage.ConnectAsync(page, "one-car");
        var package = new PackagePage(page);
        await package.ChooseAsync("Expert");
        await Expect(package.PayButton).ToHaveTextAsync("Pay €29.99");
        await package.PayAsync();

        await new DemoCheckoutPage(page).DeclineAsync();

        await Expect(package.PaymentNotice).ToContainTextAsync("The payment was declined");
        await Expect(package.PayButton).ToHaveTextAsync("Pay €29.99");
        await session.ScreenshotAsync("declined");
    }

    [Fact]
    public async Task The_car_shows_paid_when_the_phone_it_handed_over_to_pays()
    {
        await using var car = await browser.OpenAsync(Device.TeslaInCar, server.BaseAddress);
        await ConsentPage.ConnectAsync(car.Page, "one-car");
        await Expect(new PackagePage(car.Page).PayButton).ToHaveTextAsync("Pay €19.99");
        await car.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Continue on your phone" }).ClickAsync();
        var link = await car.Page.Locator(".handoff-url").TextContentAsync() ?? string.Empty;

        await using var phone = await browser.OpenAsync(Device.Phone, server.BaseAddress);
        await phone.Page.GotoAsync(link);
        await new PackagePage(phone.Page).PayAsync();
        await new DemoCheckoutPage(phone.Page).PayAsync();
        await Expect(new PaidPage(phone.Page).Heading).ToBeVisibleAsync();

        await Expect(new PaidPage(car.Page).Heading).ToBeVisibleAsync();
        await car.ScreenshotAsync("car-paid");
    }
}
