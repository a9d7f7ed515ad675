using CarPulse.Domain.Archive;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Reports;
using CarPulse.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Http.Reports;

/// <summary>Behind a proxy the configured public address, not the one the customer's request reached, goes into the PDF.</summary>
public sealed class VerificationLinkTests : IDisposable
{
    private readonly CarPulseApp _app = CarPulseApp.WithTeslaSimulator(("Reports:PollInterval", "01:00:00"), ("Reports:PublicBaseUrl", "https://carpulse.example/"));

    [Fact]
    public async Task The_pdfs_verification_link_uses_the_configured_public_address()
    {
        var tesla = new TeslaSignIn(_app);

        var (_, text) = await PayAndReadPdfAsync(tesla);

        Assert.Matches("https://carpulse\\.example/verify/[0-9A-Z]{10}", text);
        Assert.DoesNotContain(tesla.Browser.BaseAddress?.GetLeftPart(UriPartial.Authority) + "/verify/", text);
    }

    [Fact]
    public async Task A_forged_host_on_every_request_of_the_order_does_not_reach_the_pdf()
    {
        var tesla = new TeslaSignIn(_app);
        tesla.Browser.DefaultRequestHeaders.Host = "evil.example";

        var (session, text) = await PayAndReadPdfAsync(tesla);

        Assert.Matches("https://carpulse\\.example/verify/[0-9A-Z]{10}", text);
        Assert.DoesNotContain("evil.example", text);
        Assert.Equal("https://carpulse.example", session.SiteUrl);
    }

    /// <summary>A free one-car order paid through <paramref name="tesla"/>'s browser, built, and its archived PDF's text.</summary>
    private async Task<(OrderSession Session, string PdfText)> PayAndReadPdfAsync(TeslaSignIn tesla)
    {
        var sessionId = await tesla.PayFreeAsync("one-car", "basic");
        await _app.Services.GetRequiredService<ReportWorker>().WorkOneAsync(CancellationToken.None);
        await using var scope = _app.Services.CreateAsyncScope();
        var session = await scope.ServiceProvider.GetRequiredService<CarPulseDb>().OrderSessions.AsNoTracking().SingleAsync(s => s.Id == sessionId);
        var bytes = await _app.Services.GetRequiredService<IOrderArchive>().ReadAsync(ArchivePath.VehicleReport(session.Reference, session.SelectedVehicleIds[0]), CancellationToken.None);
        using var pdf = new PdfFile(bytes ?? throw new InvalidOperationException("No PDF archived."));
        return (session, string.Join('\n', pdf.AllLines()));
    }

    public void Dispose() => _app.Dispose();
}
