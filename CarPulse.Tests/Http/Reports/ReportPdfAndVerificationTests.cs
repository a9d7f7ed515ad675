using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CarPulse.Domain.Archive;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Reports;
using CarPulse.Domain.Verification;
using CarPulse.Tests.Support;
using CarPulse.Web.Simulators.Tesla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CarPulse.Tests.Http.Reports;

/// <summary>The archived PDF per vehicle, its download, and the public page that vouches for it.</summary>
public sealed partial class ReportPdfAndVerificationTests : IDisposable
{
    private readonly CarPulseApp _app = CarPulseApp.WithTeslaSimulator(("Reports:PollInterval", "01:00:00"));
    private readonly TeslaSignIn _tesla;

    public ReportPdfAndVerificationTests() => _tesla = new TeslaSignIn(_app);

    private ReportWorker Worker => _app.Services.GetRequiredService<ReportWorker>();

    [Fact]
    public async Task Each_vehicle_gets_an_archived_pdf_that_downloads_byte_for_byte_and_the_verify_page_vouches_for()
    {
        var sessionId = await _tesla.PayFreeAsync("two-cars", "pro");
        await Worker.WorkOneAsync(CancellationToken.None);
        var session = await SessionAsync(sessionId);

        foreach (var vehicle in session.SelectedVehicles)
        {
            var response = await _tesla.Browser.GetAsync($"/api/v1/tesla/session/{sessionId}/vehicles/{vehicle.Id}/report.pdf");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            Assert.Equal($"carpulse-{session.Reference}-{vehicle.MaskedVin.Replace('*', 'x')}.pdf", response.Content.Headers.ContentDisposition?.FileName);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(bytes, await Archive.ReadAsync(ArchivePath.VehicleReport(session.Reference, vehicle.Id), CancellationToken.None));

            using var pdf = new PdfFile(bytes);
            var text = string.Join('\n', pdf.AllLines());
            Assert.Contains(vehicle.DisplayName, text);
            Assert.Contains(vehicle.MaskedVin, text);
            Assert.DoesNotContain(vehicle.Vin, text);
            Assert.Contains("Charging history", text);
            var code = VerifyLink().Match(text).Groups["code"].Value;
            Assert.Equal(ReportVerification.CodeLength, code.Length);
            Assert.Contains($"{_tesla.Browser.BaseAddress?.GetLeftPart(UriPartial.Authority)}/verify/{code}", text);

            var page = await _tesla.Browser.GetStringAsync($"/verify/{code}");
            Assert.Contains("CarPulse issued a genuine report under this code.", page);
            Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(bytes)), page);
            Assert.Contains(vehicle.MaskedVin, page);
            Assert.Contains("Pro", page);
            Assert.DoesNotContain(vehicle.Vin, page);
        }
    }

    [Fact]
    public async Task A_forged_or_malformed_code_is_not_vouched_for()
    {
        var forged = await _tesla.Browser.GetAsync("/verify/ABCD234567");
        var malformed = await _tesla.Browser.GetAsync("/verify/%3Cscript%3E");

        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        var page = await forged.Content.ReadAsStringAsync();
        Assert.Contains("We issued no report with the code ABCD234567.", page);
        Assert.DoesNotContain("genuine CarPulse report", page);
        var bad = await malformed.Content.ReadAsStringAsync();
        Assert.Contains("We issued no report with the code &lt;script&gt;.", bad);
        Assert.DoesNotContain("<script>.", bad);
    }

    [Fact]
    public async Task A_retry_writes_a_new_pdf_with_a_new_code_and_the_old_code_says_it_was_replaced()
    {
        var sessionId = await _tesla.PayFreeAsync("one-car", "pro");
        FailWarranty();
        await Worker.WorkOneAsync(CancellationToken.None);
        var first = await CodeOfAsync(sessionId);

        await _tesla.ReconnectAsync(sessionId, "one-car", "retry");
        await Worker.WorkOneAsync(CancellationToken.None);
        var second = await CodeOfAsync(sessionId);

        Assert.NotEqual(first, second);
        Assert.Contains("This report was replaced by a newer one", await _tesla.Browser.GetStringAsync($"/verify/{first}"));
        Assert.Contains("CarPulse issued a genuine report under this code.", await _tesla.Browser.GetStringAsync($"/verify/{second}"));
        Assert.Contains("CarPulse issued a genuine report under this code.", await _tesla.Browser.GetStringAsync($"/verify/{second.ToLowerInvariant()}"));
    }

    [Fact]
    public async Task A_retry_that_fetches_nothing_new_keeps_the_pdf_and_its_code()
    {
        var sessionId = await _tesla.PayFreeAsync("one-car", "pro");
        FailWarranty();
        await Worker.WorkOneAsync(CancellationToken.None);
        var first = await CodeOfAsync(sessionId);

        FailWarranty();
        await _tesla.ReconnectAsync(sessionId, "one-car", "retry");
        await Worker.WorkOneAsync(CancellationToken.None);

        Assert.Equal(first, await CodeOfAsync(sessionId));
        Assert.Contains("CarPulse issued a genuine report under this code.", await _tesla.Browser.GetStringAsync($"/verify/{first}"));
    }

    [Fact]
    public async Task The_pdf_is_written_in_the_language_the_customer_paid_in()
    {
        var sessionId = await _tesla.PayFreeAsync("one-car", "basic", language: "fi");
        await Worker.WorkOneAsync(CancellationToken.None);
        var session = await SessionAsync(sessionId);
        var vehicle = session.SelectedVehicles.Single();

        var bytes = await (await _tesla.Browser.GetAsync($"/api/v1/tesla/session/{sessionId}/vehicles/{vehicle.Id}/report.pdf")).Content.ReadAsByteArrayAsync();

        using var pdf = new PdfFile(bytes);
        var text = string.Join('\n', pdf.AllLines());
        Assert.Contains("Tarkista raportin aitous", text);
        Assert.DoesNotContain("Charging history", text);
        Assert.DoesNotContain("Lataushistoria", text);
    }

    [Fact]
    public async Task A_vehicle_without_a_report_yet_has_no_pdf_and_says_so()
    {
        var sessionId = await _tesla.PayFreeAsync("one-car", "basic");
        var vehicleId = (await _tesla.VehiclesAsync(sessionId))[0];

        var problem = await (await _tesla.Browser.GetAsync($"/api/v1/tesla/session/{sessionId}/vehicles/{vehicleId}/report.pdf")).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains("no report", problem.GetProperty("detail").GetString());
    }

    /// <summary>Tesla answers 503 to every attempt at the next warranty call, so that module ends up missing.</summary>
    private void FailWarranty() =>
        _app.Services.GetRequiredService<TeslaSimulator>().For("one-car")
            .FailNext(_app.Services.GetRequiredService<IOptions<CarPulse.Domain.Tesla.TeslaOptions>>().Value.MaxRetries + 1, 503, "warranty");

    private IOrderArchive Archive => _app.Services.GetRequiredService<IOrderArchive>();

    private async Task<string> CodeOfAsync(string sessionId)
    {
        var session = await SessionAsync(sessionId);
        var bytes = await Archive.ReadAsync(ArchivePath.VehicleReport(session.Reference, session.SelectedVehicleIds[0]), CancellationToken.None)
            ?? throw new InvalidOperationException("No PDF archived.");
        using var pdf = new PdfFile(bytes);
        return VerifyLink().Match(string.Join('\n', pdf.AllLines())).Groups["code"].Value;
    }

    private async Task<OrderSession> SessionAsync(string sessionId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CarPulseDb>().OrderSessions.AsNoTracking().SingleAsync(s => s.Id == sessionId);
    }

    [GeneratedRegex("/verify/(?<code>[0-9A-Z]{10})")]
    private static partial Regex VerifyLink();

    public void Dispose() => _app.Dispose();
}
