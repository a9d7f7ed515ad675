using System.Text;
using CarPulse.Domain.Archive;
using CarPulse.Domain.Funnel;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Reports;
using CarPulse.Domain.Tesla;
using CarPulse.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CarPulse.Web.Endpoints.Api.V1;

/// <summary>SPEC §9 downloads of one vehicle's report: its charging history as CSV and JSON, and its charging invoices.</summary>
public static class VehicleDownloadEndpoints
{
    public static IEndpointRouteBuilder MapVehicleDownloads(this IEndpointRouteBuilder app)
    {
        var vehicle = app.MapGroup("/api/v1/tesla/session/{id}/vehicles/{vehicleId:long}").WithTags("Downloads")
            .RequireRateLimiting(ApiExtensions.SessionPolicy).WithBearerUrlHeaders();
        vehicle.MapGet("/report.pdf", ReportPdfAsync).Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        vehicle.MapGet("/charging-history.csv", ChargingHistoryCsvAsync).Produces(StatusCodes.Status200OK, contentType: "text/csv");
        vehicle.MapGet("/charging-history.json", ChargingHistoryJsonAsync);
        ChargingInvoiceEndpoints.Map(vehicle);
        return app;
    }

    /// <summary>The PDF exactly as archived, so its SHA-256 is the one the verification page shows.</summary>
    private static async Task<FileContentHttpResult> ReportPdfAsync(
        string id, long vehicleId, ReportService reports, IOrderArchive archive, FunnelRecorder funnel, CancellationToken cancellationToken)
    {
        var (session, _) = await reports.GetVehicleAsync(id, vehicleId, cancellationToken);
        var pdf = await archive.ReadAsync(ArchivePath.VehicleReport(session.Reference, vehicleId), cancellationToken)
            ?? throw new ReportNotFound("The PDF of this report is still being written. Try again in a moment.");
        await funnel.OrderReachedAsync(FunnelStep.PdfDownloaded, session.Id);
        return TypedResults.File(pdf, "application/pdf", $"carpulse-{session.Reference}-{FileNameVin(session, vehicleId)}.pdf");
    }

    private static async Task<FileContentHttpResult> ChargingHistoryCsvAsync(string id, long vehicleId, ReportService reports, CancellationToken cancellationToken)
    {
        var (sessions, maskedVin) = await ChargingHistoryAsync(id, vehicleId, reports, cancellationToken);
        var csv = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ChargingHistoryCsv.Write(sessions))).ToArray();
        return TypedResults.File(csv, "text/csv; charset=utf-8", $"charging-history-{maskedVin}.csv");
    }

    private static async Task<Ok<IReadOnlyList<ChargingSession>>> ChargingHistoryJsonAsync(string id, long vehicleId, ReportService reports, CancellationToken cancellationToken) =>
        TypedResults.Ok((await ChargingHistoryAsync(id, vehicleId, reports, cancellationToken)).Sessions);

    private static async Task<(IReadOnlyList<ChargingSession> Sessions, string MaskedVin)> ChargingHistoryAsync(
        string id, long vehicleId, ReportService reports, CancellationToken cancellationToken)
    {
        var (session, report) = await reports.GetVehicleAsync(id, vehicleId, cancellationToken);
        var sessions = VehicleReportContent.Read(report).Charging
            ?? throw new ReportNotFound("This report has no charging history: the package does not include it, or Tesla could not provide it.");
        return (sessions, FileNameVin(session, vehicleId));
    }

    /// <summary>The masked VIN as it goes into a file name: <c>*</c> is not allowed there everywhere.</summary>
    internal static string FileNameVin(OrderSession session, long vehicleId) => session.Vehicles.Single(v => v.Id == vehicleId).MaskedVin.Replace('*', 'x');
}
