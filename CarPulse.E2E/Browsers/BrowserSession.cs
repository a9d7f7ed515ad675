using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace CarPulse.E2E.Browsers;

/// <summary>One test's page on one device, in its own browser context (own cookies and storage).</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page, Device device, string testName)
    : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _policyViolations = Watch(page);

    public IPage Page => page;

    /// <summary>What Chromium reported blocking under the Content-Security-Policy so far (it logs each violation to the console).</summary>
    public IReadOnlyCollection<string> PolicyViolations => _policyViolations;

    /// <summary>
    /// Saves a full-page screenshot as a test artifact. A capture is evidence, not an assertion: one that
    /// stalls (headless Chromium on a busy machine) is noted in a text file beside it and the test goes on.
    /// </summary>
    public async Task ScreenshotAsync(string? step = null)
    {
        var path = Screenshots.PathFor(testName, device, step);
        try
        {
            await page.ScreenshotAsync(new() { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled, Timeout = 15_000 });
        }
        catch (TimeoutException exception)
        {
            await File.WriteAllTextAsync(Path.ChangeExtension(path, ".txt"), $"Screenshot not taken: {exception.Message}");
        }
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    private static ConcurrentQueue<string> Watch(IPage page)
    {
        var violations = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Enqueue(message.Text);
            }
        };
        return violations;
    }
}
