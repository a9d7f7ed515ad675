using Microsoft.Playwright;

namespace CarPulse.E2E.Pages;

/// <summary>The brand step at /start.</summary>
public sealed class BrandPage(IPage page)
{
    public ILocator ConnectTesla => page.GetByRole(AriaRole.Link, new() { Name = "Connect Tesla" });

    public ILocator Alert => page.GetByRole(AriaRole.Alert);
}

/// <summary>The Tesla simulator's consent screen.</summary>
public sealed class ConsentPage(IPage page)
{
    /// <summary>Straight to Tesla sign-in and back as a demo account: the user lands on the order.</summary>
    public static async Task ConnectAsync(IPage page, string account)
    {
        await page.GotoAsync("/connect/tesla");
        await new ConsentPage(page).ChooseAsync(account);
    }

    public Task ChooseAsync(string account) =>
        page.GetByRole(AriaRole.Button).Filter(new() { HasText = account }).First.ClickAsync();
}

/// <summary>The vehicles step of /order/{id}.</summary>
public sealed class VehiclesPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Your vehicles", Level = 1 });

    public ILocator Cards => page.GetByTestId("vehicle-card");

    public Task SelectAllAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Select all" }).ClickAsync();

    public Task ContinueAsync() => page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Continue with") }).ClickAsync();
}

/// <summary>The package and quote step of /order/{id}.</summary>
public sealed class PackagePage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Choose your report", Level = 1 });

    public ILocator PayButton => page.GetByTestId("pay");

    public ILocator Total => page.GetByTestId("total");

    public ILocator VoucherLine => page.GetByTestId("voucher-line");

    public ILocator VoucherRefusal => page.GetByTestId("voucher-refusal");

    public Task ChooseAsync(string package) => page.GetByRole(AriaRole.Radio).Filter(new() { HasText = package }).First.ClickAsync();

    public ILocator PaymentNotice => page.GetByTestId("payment-notice");

    public async Task ApplyVoucherAsync(string code)
    {
        await page.GetByLabel("Voucher code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply", Exact = true }).ClickAsync();
    }

    public Task AcceptTermsAsync() =>
        page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new System.Text.RegularExpressions.Regex("right of withdrawal") }).CheckAsync();

    /// <summary>Ticks the terms and presses Pay, which leaves for the payment provider's page.</summary>
    public async Task PayAsync()
    {
        await AcceptTermsAsync();
        await PayButton.ClickAsync();
    }
}

/// <summary>The demo gateway's checkout page (test mode), standing in for Stripe's.</summary>
public sealed class DemoCheckoutPage(IPage page)
{
    public ILocator Amount => page.GetByTestId("demo-amount");

    public Task PayAsync() => page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Pay .* \\(test\\)$") }).ClickAsync();

    public Task DeclineAsync() => page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Decline") }).ClickAsync();
}

public sealed class PaidPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Paid", Level = 1 });

    public ILocator Summary => page.GetByTestId("paid-summary");

    public ILocator Receipt => page.GetByTestId("receipt");

    public ILocator ReportSummary => page.GetByTestId("report-summary");

    public ILocator VehicleTabs => page.GetByRole(AriaRole.Tab);

    /// <summary>The open tab's PDF report (MudTabs renders only the open panel).</summary>
    public ILocator ReportPdf => page.GetByTestId("report-pdf");

    public ILocator ChargingCsv => page.GetByTestId("charging-csv");

    /// <summary>Clicks a download link and returns the file's name and first bytes as the browser saved them.</summary>
    public async Task<(string FileName, byte[] Content)> DownloadAsync(ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(path));
    }
}
