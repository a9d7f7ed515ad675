using CarPulse.E2E.Browsers;
using CarPulse.E2E.Hosting;
using CarPulse.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace CarPulse.E2E.Smoke;

[Collection(E2ECollection.Name)]
public sealed class SmokeTests(CarPulseServer server, BrowserFixture browser)
{
    [Theory]
    [InlineData(Device.Desktop)]
    [InlineData(Device.TeslaInCar)]
    [InlineData(Device.Phone)]
    public async Task Home_page_shows_the_CarPulse_heading_and_health_reports_healthy(Device device)
    {
        await using var session = await browser.OpenAsync(device, server.BaseAddress);

        var home = await new HomePage(session.Page).OpenAsync();
        await Expect(home.Heading).ToBeVisibleAsync();
        await session.ScreenshotAsync();
        var health = await session.Page.APIRequest.GetAsync("/health");

        Assert.Equal(200, health.Status);
        Assert.Contains("Healthy", await health.TextAsync());
        Assert.Empty(session.PolicyViolations);
    }
}
