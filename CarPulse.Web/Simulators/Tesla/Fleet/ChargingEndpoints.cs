using System.Globalization;

namespace CarPulse.Web.Simulators.Tesla.Fleet;

internal sealed record ChargingHistoryPage(IReadOnlyList<SimulatedChargingSession> Data, int TotalResults);

/// <summary>
/// <c>/api/1/dx/charging/…</c> (reference §3.4): account-level, so without <c>vin</c> the history holds every car the
/// account has had. Top-level camelCase JSON; <c>pageNo</c> is 1-based; newest first unless <c>sortOrder=ASC</c>.
/// </summary>
internal static class ChargingEndpoints
{
    public const int DefaultPageSize = 50;

    public static IResult History(FleetRequest request, SimulatedAccount account)
    {
        if (!TryReadTime(request.Query("startTime"), out var start))
        {
            return FleetErrors.InvalidField("startTime", "must be an ISO-8601 date-time");
        }

        if (!TryReadTime(request.Query("endTime"), out var end))
        {
            return FleetErrors.InvalidField("endTime", "must be an ISO-8601 date-time");
        }

        if (!VehicleEndpoints.TryReadPositive(request.Query("pageNo"), 1, out var pageNo))
        {
            return FleetErrors.InvalidField("pageNo", "must be 1 or more (pages are 1-based)");
        }

        if (!VehicleEndpoints.TryReadPositive(request.Query("pageSize"), DefaultPageSize, out var pageSize))
        {
            return FleetErrors.InvalidField("pageSize", "must be 1 or more");
        }

        var vin = request.Query("vin");
        var matching = account.ChargingSessions
            .Where(session => vin is null || session.Vin.Equals(vin, StringComparison.OrdinalIgnoreCase))
            .Where(session => start is not { } from || session.ChargeStartDateTime >= from)
            .Where(session => end is not { } until || session.ChargeStartDateTime <= until)
            .ToArray();
        Func<SimulatedChargingSession, DateTimeOffset> key = request.Query("sortBy") == "chargeStopDateTime"
            ? session => session.ChargeStopDateTime
            : session => session.ChargeStartDateTime;
        var sorted = string.Equals(request.Query("sortOrder"), "ASC", StringComparison.OrdinalIgnoreCase)
            ? matching.OrderBy(key)
            : matching.OrderByDescending(key);
        var page = sorted.Skip((pageNo - 1) * pageSize).Take(pageSize).ToArray();
        return SimulatorJson.Json(new ChargingHistoryPage(page, matching.Length), SimulatorJson.Camel);
    }

    /// <summary>The invoice PDF of one of the account's sessions, as a download.</summary>
    public static IResult Invoice(FleetRequest request, SimulatedAccount account)
    {
        var contentId = request.Route("contentId");
        foreach (var session in account.ChargingSessions)
        {
            if (session.Invoices.FirstOrDefault(candidate => candidate.ContentId == contentId) is { } invoice)
            {
                return Results.File(InvoicePdf.Render(session, invoice), "application/pdf", invoice.FileName);
            }
        }

        return FleetErrors.NotFound();
    }

    private static bool TryReadTime(string? value, out DateTimeOffset? time)
    {
        time = null;
        if (value is null)
        {
            return true;
        }

        var parsed = DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant);
        time = parsed ? instant : null;
        return parsed;
    }
}
