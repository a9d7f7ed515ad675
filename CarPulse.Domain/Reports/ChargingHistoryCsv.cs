using System.Globalization;
using CarPulse.Domain.Tesla;
using CarPulse.Domain.Vehicles;
using CsvHelper;

namespace CarPulse.Domain.Reports;

/// <summary>
/// A vehicle's charging history as RFC 4180 CSV (comma, CRLF, double quotes), the same in every culture.
/// <list type="bullet">
/// <item><c>session_id</c> — Tesla's session id.</item>
/// <item><c>vin_masked</c> — the VIN with its last four characters as <c>****</c>.</item>
/// <item><c>site</c>, <c>country</c> — Tesla's site name and ISO country code.</item>
/// <item><c>start</c>, <c>stop</c> — ISO 8601 in UTC (<c>2026-01-05T10:00:00Z</c>); empty when Tesla sent none.</item>
/// <item><c>energy_kwh</c> — kWh from the CHARGING fee lines.</item>
/// <item><c>charging_cost</c>, <c>idle_cost</c>, <c>total_cost</c> — decimal amounts in <c>currency</c> (idle = PARKING and
/// CONGESTION; total also includes fee types we do not name); empty when the session has no fee in any currency.</item>
/// <item><c>currency</c> — ISO 4217 code. A session billed in two currencies (not seen in practice) takes one row per
/// currency, the energy on the first, so that the column still sums to the total.</item>
/// <item><c>invoice_ids</c> — Tesla's invoice content ids, separated by <c>;</c>.</item>
/// </list>
/// Rows are in start order. Text cells that a spreadsheet would run as a formula get a leading apostrophe.
/// </summary>
public static class ChargingHistoryCsv
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "session_id", "vin_masked", "site", "country", "start", "stop", "energy_kwh",
        "charging_cost", "idle_cost", "total_cost", "currency", "invoice_ids",
    ];

    // RFC 4180 (comma, CRLF, quotes doubled) is CsvHelper's default; numbers and dates are written in the invariant
    // culture whatever the server's culture. Injection escaping applies to text fields only, so a negative amount
    // (a credit) stays a number.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        FormatProvider = CultureInfo.InvariantCulture,
        Injection = CsvInjection.Escape,
    };

    public static string Write(IEnumerable<ChargingSession> sessions)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, sessions);
        return writer.ToString();
    }

    public static void Write(TextWriter writer, IEnumerable<ChargingSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sessions);
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        csv.WriteHeader([.. Columns]);
        var ordered = sessions
            .OrderBy(session => session.ChargeStartDateTime is null)
            .ThenBy(session => session.ChargeStartDateTime)
            .ThenBy(session => session.SessionId);
        foreach (var session in ordered)
        {
            var charges = SessionCharges.Of(session);
            if (charges.Costs.Count == 0)
            {
                WriteRow(csv, session, charges.EnergyKwh, null);
            }

            for (var index = 0; index < charges.Costs.Count; index++)
            {
                WriteRow(csv, session, index == 0 ? charges.EnergyKwh : 0m, charges.Costs[index]);
            }
        }

        csv.Flush();
    }

    private static void WriteRow(CsvWriter csv, ChargingSession session, decimal energyKwh, SessionCost? cost)
    {
        csv.WriteField(session.SessionId, default);
        csv.WriteField(MaskedVin(session.Vin));
        csv.WriteField(session.SiteLocationName);
        csv.WriteField(session.CountryCode);
        csv.WriteField(session.ChargeStartDateTime?.UtcDateTime, UtcFormat);
        csv.WriteField(session.ChargeStopDateTime?.UtcDateTime, UtcFormat);
        csv.WriteField(energyKwh, "0.###");
        csv.WriteField(cost?.Charging, AmountFormat);
        csv.WriteField(cost?.Idle, AmountFormat);
        csv.WriteField(cost?.Total, AmountFormat);
        csv.WriteField(cost?.Currency);
        csv.WriteField(string.Join(';', (session.Invoices ?? []).Select(invoice => invoice.ContentId)));
        csv.EndRecord();
    }

    private const string UtcFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    // Two decimals as on Tesla's invoices, more only if Tesla sent more.
    private const string AmountFormat = "0.00##";

    // Not every account's history is guaranteed to hold a well-formed VIN; the tail is hidden either way.
    private static string MaskedVin(string? value) =>
        Vin.TryParse(value, out var vin) ? vin.Masked
        : value is { Length: > 4 } ? string.Concat(value.AsSpan(0, value.Length - 4), "****")
        : "****";
}
