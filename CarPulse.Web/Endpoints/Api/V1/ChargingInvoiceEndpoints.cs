using System.IO.Compression;
using CarPulse.Domain.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CarPulse.Web.Endpoints.Api.V1;

/// <summary>
/// SPEC §9 charging invoices of one vehicle: the list, one PDF, all as a ZIP. Tesla's invoice PDFs are
/// fetched into the order's archive on request (a Tesla reconnect), never as part of the report.
/// </summary>
public static class ChargingInvoiceEndpoints
{
    /// <summary>Maps the invoice routes into the vehicle's download group (<see cref="VehicleDownloadEndpoints"/>).</summary>
    internal static void Map(RouteGroupBuilder vehicle)
    {
        vehicle.MapGet("/charging-invoices", ListAsync);
        vehicle.MapGet("/charging-invoices/{invoiceId}", OneAsync).Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        vehicle.MapGet("/charging-invoices.zip", ZipAsync).Produces(StatusCodes.Status200OK, contentType: "application/zip");
    }

    private static async Task<Ok<InvoiceListResponse>> ListAsync(
        string id, long vehicleId, ReportService reports, ChargingInvoiceStore invoices, CancellationToken cancellationToken)
    {
        var (session, report) = await reports.GetVehicleAsync(id, vehicleId, cancellationToken);
        var list = await invoices.ListAsync(session.Reference, report, cancellationToken);
        var basePath = $"/api/v1/tesla/session/{Uri.EscapeDataString(id)}/vehicles/{vehicleId}/charging-invoices";
        return TypedResults.Ok(new InvoiceListResponse(
            list.Select(invoice => new InvoiceResponse(
                invoice.Id, invoice.FileName, invoice.InvoiceType, invoice.SessionId, invoice.Site, invoice.ChargedAt, invoice.Archived,
                $"{basePath}/{Uri.EscapeDataString(invoice.Id)}")).ToList(),
            list.Any(invoice => !invoice.Archived) ? TeslaReconnect.Path(id, TeslaReconnect.Invoices) : null,
            list.Any(invoice => invoice.Archived) ? $"{basePath}.zip" : null));
    }

    private static async Task<FileContentHttpResult> OneAsync(
        string id, long vehicleId, string invoiceId, ReportService reports, ChargingInvoiceStore invoices, CancellationToken cancellationToken)
    {
        var (session, report) = await reports.GetVehicleAsync(id, vehicleId, cancellationToken);
        var file = await invoices.ReadAsync(session.Reference, report, invoiceId, cancellationToken) ?? throw new InvoicesNotFetched(id);
        return TypedResults.File(file.Content, "application/pdf", file.FileName);
    }

    /// <summary>Every archived invoice of the vehicle; none archived yet is a 409 that says where to reconnect.</summary>
    private static async Task<FileContentHttpResult> ZipAsync(
        string id, long vehicleId, ReportService reports, ChargingInvoiceStore invoices, CancellationToken cancellationToken)
    {
        var (session, report) = await reports.GetVehicleAsync(id, vehicleId, cancellationToken);
        var list = await invoices.ListAsync(session.Reference, report, cancellationToken);
        if (list.Count == 0)
        {
            throw new ReportNotFound("This vehicle has no charging invoices in this report.");
        }

        var files = new List<ChargingInvoiceFile>();
        foreach (var invoice in list.Where(invoice => invoice.Archived))
        {
            files.Add(await invoices.ReadAsync(session.Reference, report, invoice.Id, cancellationToken) ?? throw new InvoicesNotFetched(id));
        }

        if (files.Count == 0)
        {
            throw new InvoicesNotFetched(id);
        }

        return TypedResults.File(Zip(files), "application/zip", $"charging-invoices-{VehicleDownloadEndpoints.FileNameVin(session, vehicleId)}.zip");
    }

    /// <summary>Invoices under Tesla's file names; a name used twice gets a number, so no entry hides another.</summary>
    private static byte[] Zip(IReadOnlyList<ChargingInvoiceFile> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in files)
            {
                var name = file.FileName;
                for (var n = 2; !used.Add(name); n++)
                {
                    name = $"{Path.GetFileNameWithoutExtension(file.FileName)}-{n}.pdf";
                }

                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(file.Content);
            }
        }

        return buffer.ToArray();
    }
}

public sealed record InvoiceListResponse(IReadOnlyList<InvoiceResponse> Invoices, string? FetchUrl, string? ZipUrl);

public sealed record InvoiceResponse(
    string Id, string FileName, string? Type, long SessionId, string? Site, DateTimeOffset? ChargedAt, bool Fetched, string Url);
