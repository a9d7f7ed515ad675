using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace CarPulse.Tests.Simulators.Tesla;

public sealed partial class InvoiceTests
{
    [Fact]
    public async Task An_invoice_is_a_valid_PDF_with_the_session_s_site_energy_and_amount()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("one-car");
        var session = harness.Simulator.Account("one-car").ChargingSessions[^1];
        var invoice = session.Invoices.Single();

        var response = await harness.GetAsync(tokens.AccessToken, $"/api/1/dx/charging/invoice/{invoice.ContentId}");
        var pdf = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(invoice.FileName, response.Content.Headers.ContentDisposition?.FileName);
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-1.4", text);
        Assert.EndsWith("%%EOF\n", text);
        AssertCrossReferenceIsExact(text);
        Assert.Contains(session.SiteLocationName, text);
        Assert.Contains(session.Fees[0].UsageBase.ToString("0.0 'kWh'", CultureInfo.InvariantCulture), text);
        Assert.Contains(session.Fees.Sum(fee => fee.TotalDue).ToString("0.00", CultureInfo.InvariantCulture) + " " + session.Fees[0].CurrencyCode, text);
    }

    [Fact]
    public async Task An_invoice_of_another_account_is_404()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("one-car");
        var theirs = harness.Simulator.Account("two-cars").ChargingSessions[0].Invoices[0].ContentId;

        var response = await harness.GetAsync(tokens.AccessToken, $"/api/1/dx/charging/invoice/{theirs}");

        await response.AssertTeslaErrorAsync(HttpStatusCode.NotFound);
    }

    /// <summary>startxref points at the xref table, and every in-use entry at "N 0 obj".</summary>
    private static void AssertCrossReferenceIsExact(string pdf)
    {
        var start = int.Parse(StartXref().Match(pdf).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.StartsWith("xref\n0 ", pdf[start..]);
        var entries = XrefEntry().Matches(pdf[start..]).ToArray();
        Assert.Equal(8, entries.Length);
        for (var number = 1; number < entries.Length; number++)
        {
            var offset = int.Parse(entries[number].Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.StartsWith($"{number} 0 obj", pdf[offset..]);
        }

        var length = LengthAndStream().Match(pdf);
        var streamStart = length.Index + length.Length;
        Assert.StartsWith("\nendstream", pdf[(streamStart + int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture))..]);
    }

    [GeneratedRegex(@"startxref\n(\d+)\n%%EOF")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"(\d{10}) \d{5} [nf]\r\n")]
    private static partial Regex XrefEntry();

    [GeneratedRegex(@"/Length (\d+) >>\nstream\n")]
    private static partial Regex LengthAndStream();
}
