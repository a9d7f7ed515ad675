using CarPulse.Domain.Pricing;
using CarPulse.Domain.Tesla;

namespace CarPulse.Domain.Reports.Sheet;

/// <summary>The charging history section (pro and expert): totals, price per kWh, monthly energy and cost, top sites.</summary>
internal static class ChargingSheetSection
{
    /// <summary>The charts cover the last year of the history.</summary>
    public const int ChartMonths = 12;

    public static IEnumerable<SheetSection> For(IReadOnlyList<ChargingSession>? sessions, SheetFormat format)
    {
        if (sessions is null)
        {
            yield break;
        }

        var summary = ChargingAnalytics.Analyse(sessions);
        var title = format.Text("Charging history");
        if (summary.SessionCount == 0)
        {
            yield return new SheetSection(SheetSectionKind.Charging, title, [new SheetNote(format.Text("No Supercharger sessions on record for this car."))]);
            yield break;
        }

        List<SheetBlock> blocks =
        [
            SheetFacts.Of(
                (format.Text("Sessions"), summary.SessionCount.ToString(format.Culture)),
                (format.Text("Energy"), format.Kwh(summary.EnergyKwh)),
                (format.Text("Cost"), string.Join(" + ", summary.TotalCost.Select(cost => MoneyText.Format(cost.Cents, cost.Currency, format.Culture)))),
                (format.Text("Supercharger"), format.Text("{0} sessions, {1} kWh", summary.Supercharger.Sessions, format.Number(summary.Supercharger.EnergyKwh))),
                (format.Text("Period"), summary.FirstSessionAt is { } first && summary.LastSessionAt is { } last ? $"{format.Date(first)} – {format.Date(last)}" : null)),
        ];
        blocks.AddRange(summary.PricePerKwh.Select(range => new SheetNote(format.Text(
            "Cheapest {0}/kWh at {1}; most expensive {2}/kWh at {3}.",
            PerKwh(range.Cheapest, format), range.Cheapest.Site ?? "–", PerKwh(range.MostExpensive, format), range.MostExpensive.Site ?? "–"))));

        var months = summary.Monthly.TakeLast(ChartMonths).ToList();
        blocks.Add(new SheetChart(
            format.Text("Energy per month"),
            "kWh",
            [.. months.Select(month => new SheetBar(format.Month(month.Year, month.Month), (double)month.EnergyKwh, format.Kwh(month.EnergyKwh)))]));
        blocks.AddRange(summary.TotalCost.Select(total => new SheetChart(
            format.Text("Cost per month ({0})", total.Currency),
            total.Currency,
            [.. months.Select(month =>
            {
                var cost = month.Cost.FirstOrDefault(amount => amount.Currency == total.Currency) ?? new CurrencyAmount(total.Currency, 0m);
                return new SheetBar(format.Month(month.Year, month.Month), (double)cost.Amount, MoneyText.Format(cost.Cents, cost.Currency, format.Culture));
            })])));

        blocks.Add(new SheetList(
            format.Text("Top locations"),
            [.. summary.TopLocations.Select(place => new SheetListItem(place.Site, format.Text("{0} sessions, {1} kWh", place.Sessions, format.Number(place.EnergyKwh))))]));
        yield return new SheetSection(SheetSectionKind.Charging, title, blocks);
    }

    private static string PerKwh(SessionPricePerKwh price, SheetFormat format) =>
        $"{price.PricePerKwh.ToString("0.00", format.Culture)} {price.Currency}";
}
