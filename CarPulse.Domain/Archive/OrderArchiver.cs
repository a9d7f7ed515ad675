using System.Globalization;
using CarPulse.Domain.Documents;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Pricing;
using CarPulse.Domain.Reports;
using CarPulse.Domain.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Archive;

/// <summary>
/// Writes a paid order's records into the archive: <c>order.json</c>, and a PDF per vehicle report in the customer's
/// language with its own verification code. The PDF is written once per version of the report; a retry that changes
/// the report writes a new PDF and revokes the old code, so a stale copy cannot pass as current.
/// </summary>
public sealed class OrderArchiver(CarPulseDb db, IOrderArchive archive, IOptionsMonitor<CompanyOptions> company, IOptions<ReportOptions> options, TimeProvider clock)
{
    public async Task ArchiveAsync(OrderSession session, IReadOnlyList<VehicleReport> reports, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking()
            .SingleOrDefaultAsync(p => p.OrderSessionId == session.Id && p.Status == PaymentStatus.Succeeded, cancellationToken)
            ?? throw new OrderConflict(session.Status, "archive an order without a payment");
        await archive.WriteAsync(ArchivePath.OrderRecord(session.Reference), OrderRecord.From(session, payment).ToJson(), cancellationToken);
        foreach (var report in reports)
        {
            await WriteReportPdfAsync(session, report, cancellationToken);
        }
    }

    private async Task WriteReportPdfAsync(OrderSession session, VehicleReport report, CancellationToken cancellationToken)
    {
        var path = ArchivePath.VehicleReport(session.Reference, report.VehicleId);
        var current = await db.ReportVerifications
            .Where(v => v.OrderSessionId == session.Id && v.VehicleId == report.VehicleId && v.RevokedAt == null)
            .ToListAsync(cancellationToken);
        if (current.Any(v => v.IsIssued && v.ReportDate == report.GeneratedAt) && await archive.ExistsAsync(path, cancellationToken))
        {
            return;
        }

        foreach (var stale in current)
        {
            stale.Revoke(RevocationReason.Superseded, clock.GetUtcNow());
        }

        var vehicle = session.Vehicles.Single(v => v.Id == report.VehicleId);
        var package = session.Package ?? PackageName.Basic;
        var verification = ReportVerification.Reserve(
            ReportVerification.NewCode(), session.Id, vehicle.Id, session.Reference, vehicle.MaskedVin, vehicle.Model, package, report.GeneratedAt);
        var zone = company.CurrentValue.Zone;
        var input = new VehicleReportPdf(
            vehicle,
            report,
            session.Reference,
            package,
            TimeZoneInfo.ConvertTime(report.GeneratedAt, zone),
            new VerificationLink(verification.Code, VerifyUrl(session, verification.Code)))
        {
            TimeZone = zone,
        };
        var pdf = VehicleReportDocument.Compose(input, CultureOf(session)).ToBytes();
        await archive.WriteAsync(path, pdf, cancellationToken);
        verification.Issue(pdf);
        db.ReportVerifications.Add(verification);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The address the customer used, unless configuration names the public one (behind a proxy); the seller's website as a last resort.</summary>
    private string VerifyUrl(OrderSession session, string code) => $"{SiteAddress.Of(session, options.Value, company.CurrentValue)}/verify/{code}";

    private static CultureInfo CultureOf(OrderSession session)
    {
        try
        {
            return CultureInfo.GetCultureInfo(session.Language ?? "en");
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.GetCultureInfo("en");
        }
    }
}
