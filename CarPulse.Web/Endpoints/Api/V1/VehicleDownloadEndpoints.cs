using System.Text;
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
        vehicle.MapGet("/charging-history.csv", ChargingHistoryCsvAsync).Produces(StatusCodes.Status200OK, contentType: "text/csv");
        vehicle.MapGet("/charging-history.json", ChargingHistoryJsonAsync);
        ChargingInvoiceEndpoints.Map(vehicle);
        return app;
    }

    private static async Task<FileContentHttpResult> ChargingHistoryCsvAsync(string id, long vehicleId, ReportService reports, CancellationToken cancellationToken)
    {
        var (sessions, maskedVin) = await ChargingHistoryAsync(id, vehicleId, reports, cancellationToken);
        var csv = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ChargingHistoryCsv.Write(sessions))).ToArray();
        return TypedResults.File(csv, "text/csv; charset=utf-8", $"charging-history-{maskedVin.Replace('*', 'x')}.csv");
    }

    private static async Task<Ok<IReadOnlyList<ChargingSession>>> ChargingHistoryJsonAsync(string id, long vehicleId, ReportService reports, CancellationToken cancellationToken) =>
        TypedResults.Ok((await ChargingHistoryAsync(id, vehicleId, reports, cancellationToken)).Sessions);

    private static async Task<(IReadOnlyList<ChargingSession> Sessions, string MaskedVin)> ChargingHistoryAsync(
        string id, long vehicleId, ReportService reports, CancellationToken cancellationToken)
    {
        var (session, report) = await reports.GetVehicleAsync(id, vehicleId, cancellationToken);
        var sessions = VehicleReportContent.Read(report).Charging
            ?? throw new ReportNotFound("This report has no charging history: the package does not include it, or Tesla could not provide it.");
        return (sessions, session.Vehicles.Single(v => v.Id == vehicleId).MaskedVin);
    }
}
