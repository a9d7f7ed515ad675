using System.Globalization;
using BenchmarkDotNet.Attributes;
using CarPulse.Domain.Documents;
using CarPulse.Domain.Pricing;
using CarPulse.Tests.Domain.Documents;
using Microsoft.Playwright;

namespace CarPulse.Bench;

/// <summary>
/// An expert vehicle report PDF (every module, 120 charging sessions, three charts, QR code) rendered by our layout
/// layer, against headless Chromium printing the same content as HTML. The browser starts once in the global setup;
/// each Chromium iteration only sets the page's content and prints it, which is the fairest case for Chromium.
/// </summary>
[MemoryDiagnoser]
[MeanColumn]
[MedianColumn]
public class VehicleReportBenchmarks // BenchmarkDotNet derives from benchmark classes, so this one cannot be sealed.
{
    private static readonly string ChromiumPath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    private readonly CultureInfo _english = CultureInfo.GetCultureInfo("en");
    private readonly VehicleReportPdf _input = VehicleReports.Pdf(PackageName.Expert, sessions: 120);
    private string _html = string.Empty;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _page;

    [GlobalSetup]
    public async Task StartChromiumAsync()
    {
        _html = VehicleReportHtml.For(_input, _english);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        _page = await _browser.NewPageAsync();
    }

    [GlobalCleanup]
    public async Task StopChromiumAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    [Benchmark]
    public byte[] VehicleReportPdfOurs() => VehicleReportDocument.Compose(_input, _english).ToBytes();

    [Benchmark(Baseline = true)]
    public async Task<byte[]> VehicleReportPdfChromium()
    {
        var page = _page ?? throw new InvalidOperationException("The global setup did not start Chromium.");
        await page.SetContentAsync(_html);
        return await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
    }
}
