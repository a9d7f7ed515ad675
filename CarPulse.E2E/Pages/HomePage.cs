using Microsoft.Playwright;

namespace CarPulse.E2E.Pages;

/// <summary>The landing page at "/".</summary>
public sealed class HomePage(IPage page)
{
    // Level 1: the app bar may also carry the name in a smaller heading.
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "CarPulse", Level = 1 });

    public async Task<HomePage> OpenAsync()
    {
        await page.GotoAsync("/");
        return this;
    }
}
