using CarPulse.Web.Features.Admin.Login;
using Microsoft.Playwright;

namespace CarPulse.E2E.Pages;

/// <summary>The back office's login form at /admin/login.</summary>
public sealed class AdminLoginPage(IPage page)
{
    public const string Username = "admin";
    public const string Password = "e2e admin password 2026";

    /// <summary>The hash the test server is configured with (<c>Admin:PasswordHash</c>).</summary>
    public static string PasswordHash { get; } = AdminPasswordHash.Hash(Password);

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Admin login", Level = 1 });

    /// <summary>Posts the form and waits for the redirect into the back office (the first admin page render on a cold server is slow).</summary>
    public async Task LogInAsync(string landsOn)
    {
        await page.GetByLabel("Username").FillAsync(Username);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.WaitForURLAsync($"**{landsOn}");
    }
}

/// <summary>The voucher grid and form at /admin/vouchers.</summary>
public sealed class AdminVouchersPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Vouchers", Level = 1 });

    public ILocator Notice => page.GetByTestId("voucher-notice");

    public ILocator Row(string code) => page.GetByRole(AriaRole.Row).Filter(new() { HasText = code });

    public async Task CreatePercentageAsync(string code, string label, int percent)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "New voucher" }).ClickAsync();
        await page.GetByLabel("Code").FillAsync(code);
        await page.GetByLabel("Label").FillAsync(label);
        await page.GetByLabel("Value (percent, or cents off)").FillAsync(percent.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save voucher" }).ClickAsync();
    }

    public Task DeactivateAsync(string code) => page.GetByRole(AriaRole.Button, new() { Name = $"Deactivate {code}" }).ClickAsync();
}
