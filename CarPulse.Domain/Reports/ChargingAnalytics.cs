using CarPulse.Domain.Tesla;

namespace CarPulse.Domain.Reports;

/// <summary>Turns one vehicle's Supercharger history into the numbers the dashboard and PDF show.</summary>
public static class ChargingAnalytics
{
    public const int TopLocationCount = 5;

    /// <param name="sessions">One VIN's sessions, in any order.</param>
    public static ChargingSummary Analyse(IReadOnlyList<ChargingSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        if (sessions.Count == 0)
        {
            return ChargingSummary.Empty;
        }

        var rows = sessions.Select(session => new Row(session, SessionCharges.Of(session), DateOf(session))).ToArray();
        var dated = rows.Where(row => row.At is not null).ToArray();
        return new ChargingSummary(
            rows.Length,
            rows.Sum(row => row.Charges.EnergyKwh),
            SumByCurrency(rows.SelectMany(row => row.Charges.Costs), cost => cost.Total),
            SumByCurrency(rows.SelectMany(row => row.Charges.Costs), cost => cost.Idle),
            Share(rows.Where(row => row.Charges.IsSupercharger)),
            Share(rows.Where(row => !row.Charges.IsSupercharger)),
            Monthly(dated),
            PricePerKwh(rows),
            TopLocations(rows),
            dated.Length == 0 ? null : dated.MinBy(row => row.At)?.At,
            dated.Length == 0 ? null : dated.MaxBy(row => row.At)?.At,
            rows.Length - dated.Length);
    }

    private sealed record Row(ChargingSession Session, SessionCharges Charges, DateTimeOffset? At);

    // A session without a start still happened: its stop or unlatch time places it in a month.
    private static DateTimeOffset? DateOf(ChargingSession session) =>
        session.ChargeStartDateTime ?? session.ChargeStopDateTime ?? session.UnlatchDateTime;

    private static ChargingShare Share(IEnumerable<Row> rows)
    {
        var list = rows.ToArray();
        return new ChargingShare(list.Length, list.Sum(row => row.Charges.EnergyKwh));
    }

    private static IReadOnlyList<CurrencyAmount> SumByCurrency(IEnumerable<SessionCost> costs, Func<SessionCost, decimal> amount) =>
        [.. costs
            .GroupBy(cost => cost.Currency, StringComparer.Ordinal)
            .Select(group => new CurrencyAmount(group.Key, group.Sum(amount)))
            .OrderBy(total => total.Currency, StringComparer.Ordinal)];

    private static IReadOnlyList<MonthlyCharging> Monthly(IReadOnlyList<Row> dated)
    {
        if (dated.Count == 0)
        {
            return [];
        }

        // The month as the driver lived it: Tesla's timestamps carry the site's offset, so Year/Month are local.
        var byMonth = dated.ToLookup(row => MonthIndex(row.At ?? default));
        var first = byMonth.Min(group => group.Key);
        var last = byMonth.Max(group => group.Key);
        var months = new List<MonthlyCharging>(last - first + 1);
        for (var index = first; index <= last; index++)
        {
            // Empty months stay in the series so a chart's axis does not silently skip them.
            var rows = byMonth[index].ToArray();
            months.Add(new MonthlyCharging(
                index / 12, index % 12 + 1, rows.Length, rows.Sum(row => row.Charges.EnergyKwh),
                SumByCurrency(rows.SelectMany(row => row.Charges.Costs), cost => cost.Total)));
        }

        return months;
    }

    private static int MonthIndex(DateTimeOffset at) => at.Year * 12 + at.Month - 1;

    private static IReadOnlyList<PricePerKwhRange> PricePerKwh(IReadOnlyList<Row> rows)
    {
        // Only sessions with energy and a positive charging cost in a single currency have a meaningful price:
        // a free (NO_CHARGE / credit) session would always be "cheapest" and says nothing about prices.
        var priced = rows
            .Where(row => row.Charges.EnergyKwh > 0m && row.Charges.Costs.Count == 1 && row.Charges.Costs[0].Charging > 0m)
            .Select(row =>
            {
                var cost = row.Charges.Costs[0];
                return new SessionPricePerKwh(
                    row.Session.SessionId, row.Session.SiteLocationName, row.At, row.Charges.EnergyKwh, cost.Charging,
                    cost.Currency, Math.Round(cost.Charging / row.Charges.EnergyKwh, 4, MidpointRounding.AwayFromZero));
            });

        // Ties go to the earlier session id so the report is the same on every run.
        return [.. priced
            .GroupBy(price => price.Currency, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group =>
            {
                var ordered = group.OrderBy(price => price.PricePerKwh).ThenBy(price => price.SessionId).ToArray();
                var mostExpensive = group.OrderByDescending(price => price.PricePerKwh).ThenBy(price => price.SessionId).First();
                return new PricePerKwhRange(group.Key, ordered[0], mostExpensive);
            })];
    }

    private static IReadOnlyList<LocationUsage> TopLocations(IReadOnlyList<Row> rows) =>
        [.. rows
            .Where(row => !string.IsNullOrWhiteSpace(row.Session.SiteLocationName))
            .GroupBy(row => row.Session.SiteLocationName?.Trim() ?? string.Empty, StringComparer.Ordinal)
            .Select(group => new LocationUsage(
                group.Key,
                group.Select(row => row.Session.CountryCode).FirstOrDefault(code => !string.IsNullOrWhiteSpace(code)),
                group.Count(),
                group.Sum(row => row.Charges.EnergyKwh)))
            .OrderByDescending(location => location.Sessions)
            .ThenByDescending(location => location.EnergyKwh)
            .ThenBy(location => location.Site, StringComparer.Ordinal)
            .Take(TopLocationCount)];
}
