using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace CarPulse.E2E.Browsers;

/// <summary>
/// One headless Chromium for the collection. It is Debian's chromium package:
/// Playwright never downloads a browser here (test.sh installs the package).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string ChromiumPath =
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {ChromiumPath}. Run ./test.sh, which installs Debian's chromium package.");
        }

        // A Blazor Server page's first render on a cold two-core machine can pass the 5 s default.
        Assertions.SetDefaultExpectTimeout(15_000);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", // CI runs as root
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        });
    }

    public async Task<BrowserSession> OpenAsync(
        Device device, Uri baseAddress, [CallerMemberName] string testName = "")
    {
        var browser = _browser ?? throw new InvalidOperationException("The browser fixture has not been initialised.");
        var context = await browser.NewContextAsync(device.ContextOptions(baseAddress));
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, device, testName);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
