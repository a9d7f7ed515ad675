using CarPulse.Domain.Archive;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Tesla;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Reports;

/// <summary>A Supercharger invoice of one vehicle, as the invoice list shows it.</summary>
public sealed record ChargingInvoiceEntry(
    string Id, string FileName, string? InvoiceType, long SessionId, string? Site, DateTimeOffset? ChargedAt, bool Archived);

/// <summary>An invoice PDF ready to download, under Tesla's file name.</summary>
public sealed record ChargingInvoiceFile(string FileName, byte[] Content);

/// <summary>
/// Tesla's charging invoices of an order's vehicles, as kept in the order's archive. They are not part of the
/// report's Tesla calls: each is one more call, so <see cref="ChargingInvoiceFetcher"/> fetches them only when
/// the customer asks (a follow-up after reconnecting Tesla, the report's tokens being gone), and every later
/// download is served from here for free.
/// </summary>
public sealed class ChargingInvoiceStore(IOrderArchive archive)
{
    public async Task<IReadOnlyList<ChargingInvoiceEntry>> ListAsync(string orderReference, VehicleReport report, CancellationToken cancellationToken)
    {
        var entries = new List<ChargingInvoiceEntry>();
        foreach (var (charge, invoice) in InvoicesOf(report))
        {
            var archived = await archive.ExistsAsync(ArchivePath.ChargingInvoice(orderReference, invoice.ContentId), cancellationToken);
            entries.Add(new ChargingInvoiceEntry(
                invoice.ContentId, SafeFileName(invoice.FileName), invoice.InvoiceType, charge.SessionId, charge.SiteLocationName, charge.ChargeStartDateTime, archived));
        }

        return entries;
    }

    /// <summary>One archived invoice; null when it has not been fetched from Tesla yet. An id that is not this vehicle's is <see cref="ReportNotFound"/>.</summary>
    public async Task<ChargingInvoiceFile?> ReadAsync(string orderReference, VehicleReport report, string invoiceId, CancellationToken cancellationToken)
    {
        var invoice = InvoicesOf(report).Select(pair => pair.Invoice).FirstOrDefault(candidate => candidate.ContentId == invoiceId)
            ?? throw new ReportNotFound("This vehicle's charging history has no such invoice.");
        var content = await archive.ReadAsync(ArchivePath.ChargingInvoice(orderReference, invoice.ContentId), cancellationToken);
        return content is null ? null : new ChargingInvoiceFile(SafeFileName(invoice.FileName), content);
    }

    internal static IEnumerable<(ChargingSession Charge, ChargingInvoice Invoice)> InvoicesOf(VehicleReport report) =>
        (VehicleReportContent.Read(report).Charging ?? [])
            .SelectMany(charge => (charge.Invoices ?? []).Select(invoice => (charge, invoice)));

    /// <summary>Tesla's file name, kept to letters, digits and <c>._-</c> so it is safe in a header and a ZIP.</summary>
    private static string SafeFileName(string fileName)
    {
        var safe = new string(fileName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray()).Trim('.');
        return safe.Length == 0 ? "invoice.pdf" : safe.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? safe : safe + ".pdf";
    }
}

/// <summary>Fetches an order's charging invoices from Tesla into the archive: once each, bounded in parallel.</summary>
public sealed partial class ChargingInvoiceFetcher(IOrderArchive archive, TeslaFleetClient fleet, IOptions<ReportOptions> options, ILogger<ChargingInvoiceFetcher> log)
{
    /// <summary>Fetches every invoice of the order that is not archived yet; one that fails is logged and left for the next request.</summary>
    internal async Task FetchMissingAsync(ITeslaAccount account, OrderSession session, IReadOnlyList<VehicleReport> reports, CancellationToken cancellationToken)
    {
        var wanted = reports.SelectMany(ChargingInvoiceStore.InvoicesOf).Select(pair => pair.Invoice.ContentId).Distinct().ToList();
        await Parallel.ForEachAsync(
            wanted,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.ModuleParallelism, CancellationToken = cancellationToken },
            async (contentId, token) =>
            {
                var path = ArchivePath.ChargingInvoice(session.Reference, contentId);
                if (await archive.ExistsAsync(path, token))
                {
                    return;
                }

                try
                {
                    var document = await fleet.GetChargingInvoiceAsync(account, contentId, token);
                    await archive.WriteAsync(path, document.Content, token);
                }
                catch (TeslaException failure)
                {
                    LogInvoiceFailed(log, session.Reference, failure.GetType().Name);
                }
            });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Charging invoice of order {OrderReference} could not be fetched: {Failure}")]
    private static partial void LogInvoiceFailed(ILogger logger, string orderReference, string failure);
}
