using Microsoft.Playwright;

namespace CarPulse.E2E.Browsers;

/// <summary>One test's page on one device, in its own browser context (own cookies and storage).</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page, Device device, string testName)
    : IAsyncDisposable
{
    public IPage Page => page;

    public Task ScreenshotAsync(string? step = null) =>
        page.ScreenshotAsync(new() { Path = Screenshots.PathFor(testName, device, step), FullPage = true });

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
