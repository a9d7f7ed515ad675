namespace CarPulse.Domain.Reports;

/// <summary>The report or the part of it asked for does not exist (HTTP 404).</summary>
public sealed class ReportNotFound(string message) : DomainException(message);

/// <summary>
/// Tesla's invoice is not in the archive yet: invoices are fetched only on request, which needs a fresh Tesla
/// sign-in once the report is done (HTTP 409; the edge adds where to reconnect).
/// </summary>
public sealed class InvoicesNotFetched(string sessionId) : DomainException("This invoice has not been fetched from Tesla yet. Reconnect your Tesla account to fetch the invoices.")
{
    public string SessionId { get; } = sessionId;
}
