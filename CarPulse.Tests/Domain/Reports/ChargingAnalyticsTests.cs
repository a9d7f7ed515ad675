using CarPulse.Domain.Reports;
using CarPulse.Domain.Tesla;
using static CarPulse.Tests.Domain.Reports.Sessions;

namespace CarPulse.Tests.Domain.Reports;

public sealed class ChargingAnalyticsTests
{
    [Fact]
    public void No_sessions_give_a_valid_empty_summary()
    {
        var summary = ChargingAnalytics.Analyse([]);

        Assert.Equal(0, summary.SessionCount);
        Assert.Equal(0m, summary.EnergyKwh);
        Assert.Empty(summary.TotalCost);
        Assert.Empty(summary.Monthly);
        Assert.Empty(summary.PricePerKwh);
        Assert.Empty(summary.TopLocations);
        Assert.Null(summary.FirstSessionAt);
        Assert.Null(summary.LastSessionAt);
    }

    [Fact]
    public void Costs_in_different_currencies_are_kept_apart()
    {
        var summary = ChargingAnalytics.Analyse([
            At("Helsinki, FI - Ruoholahti", Day(2026, 1, 5), Charging(40m, 18.00m, "EUR")),
            At("Stockholm, SE - Barkarby", Day(2026, 1, 6), Charging(30m, 146.70m, "SEK")),
            At("Tampere, FI - Lielahti", Day(2026, 1, 7), Charging(20m, 8.20m, "EUR")),
        ]);

        Assert.Equal([new CurrencyAmount("EUR", 26.20m), new CurrencyAmount("SEK", 146.70m)], summary.TotalCost);
        Assert.Equal(90m, summary.EnergyKwh);
    }

    [Fact]
    public void Sessions_with_a_charging_fee_are_Supercharger_and_those_without_are_other()
    {
        var summary = ChargingAnalytics.Analyse([
            At("Helsinki, FI - Ruoholahti", Day(2026, 1, 5), Charging(40m, 18.00m), Idle(0m, 0m)),
            At("Vantaa, FI - Jumbo", Day(2026, 1, 6), Charging(25m, 0m, pricing: "NO_CHARGE")),
            At("Espoo, FI - Iso Omena", Day(2026, 1, 7), Idle(6m, 3.00m)),
            WithFees(null),
        ]);

        Assert.Equal(new ChargingShare(2, 65m), summary.Supercharger);
        Assert.Equal(new ChargingShare(2, 0m), summary.Other);
        Assert.Equal(summary.SessionCount, summary.Supercharger.Sessions + summary.Other.Sessions);
    }

    [Fact]
    public void Idle_fees_count_as_cost_but_not_as_energy()
    {
        var summary = ChargingAnalytics.Analyse([
            At("Helsinki, FI - Ruoholahti", Day(2026, 1, 5), Charging(40m, 18.00m), Idle(7m, 3.50m)),
        ]);

        Assert.Equal(40m, summary.EnergyKwh);
        Assert.Equal([new CurrencyAmount("EUR", 21.50m)], summary.TotalCost);
        Assert.Equal([new CurrencyAmount("EUR", 3.50m)], summary.IdleCost);
    }

    [Fact]
    public void Monthly_buckets_run_in_order_across_a_year_boundary_including_an_empty_month()
    {
        var summary = ChargingAnalytics.Analyse([
            At("Helsinki, FI - Ruoholahti", Day(2026, 2, 3), Charging(10m, 4.50m)),
            At("Helsinki, FI - Ruoholahti", Day(2025, 11, 20), Charging(30m, 13.50m)),
            At("Helsinki, FI - Ruoholahti", Day(2025, 11, 2), Charging(20m, 9.00m)),
            At("Helsinki, FI - Ruoholahti", Day(2026, 2, 28), Charging(5m, 2.25m)),
        ]);

        Assert.Equal([(2025, 11), (2025, 12), (2026, 1), (2026, 2)], summary.Monthly.Select(month => (month.Year, month.Month)));
        Assert.Equal([50m, 0m, 0m, 15m], summary.Monthly.Select(month => month.EnergyKwh));
        Assert.Equal([2, 0, 0, 2], summary.Monthly.Select(month => month.Sessions));
        Assert.Equal([new CurrencyAmount("EUR", 6.75m)], summary.Monthly[^1].Cost);
        Assert.Empty(summary.Monthly[1].Cost);
    }

    [Fact]
    public void A_session_belongs_to_the_month_of_its_local_start_time()
    {
        // 00:30 on 1 January in Helsinki is still 31 December in UTC.
        var newYear = new DateTimeOffset(2026, 1, 1, 0, 30, 0, TimeSpan.FromHours(2));

        var summary = ChargingAnalytics.Analyse([At("Helsinki, FI - Ruoholahti", newYear, Charging(10m, 4.50m))]);

        Assert.Equal((2026, 1), (summary.Monthly.Single().Year, summary.Monthly.Single().Month));
    }

    [Fact]
    public void Cheapest_and_most_expensive_per_kWh_are_found_per_currency_skipping_free_and_energyless_sessions()
    {
        var cheap = At("Hämeenlinna, FI - Linnanniemi", Day(2026, 1, 5), Charging(50m, 19.50m), Idle(10m, 5.00m));
        var dear = At("Berlin, DE - Schönefeld", Day(2026, 1, 6), Charging(20m, 11.80m));
        var middle = At("Helsinki, FI - Ruoholahti", Day(2026, 1, 7), Charging(40m, 18.00m));
        var free = At("Vantaa, FI - Jumbo", Day(2026, 1, 8), Charging(30m, 0m, pricing: "NO_CHARGE"));
        var idleOnly = At("Espoo, FI - Iso Omena", Day(2026, 1, 9), Idle(6m, 3.00m));
        var sek = At("Stockholm, SE - Barkarby", Day(2026, 1, 10), Charging(30m, 146.70m, "SEK"));

        var summary = ChargingAnalytics.Analyse([middle, free, dear, idleOnly, cheap, sek]);

        var eur = Assert.Single(summary.PricePerKwh, range => range.Currency == "EUR");
        Assert.Equal((cheap.SessionId, 0.39m), (eur.Cheapest.SessionId, eur.Cheapest.PricePerKwh));
        Assert.Equal((dear.SessionId, 0.59m), (eur.MostExpensive.SessionId, eur.MostExpensive.PricePerKwh));
        var kronor = Assert.Single(summary.PricePerKwh, range => range.Currency == "SEK");
        Assert.Equal(4.89m, kronor.Cheapest.PricePerKwh);
        Assert.Same(kronor.Cheapest, kronor.MostExpensive);
    }

    [Fact]
    public void Missing_fees_and_dates_are_counted_without_energy_cost_or_a_month()
    {
        var undated = At("Helsinki, FI - Ruoholahti", null, Charging(40m, 18.00m));
        var summary = ChargingAnalytics.Analyse([
            WithFees(null),
            WithFees([]),
            undated,
            At("Tampere, FI - Lielahti", Day(2026, 3, 1), Charging(10m, 4.10m)),
        ]);

        Assert.Equal(4, summary.SessionCount);
        Assert.Equal(50m, summary.EnergyKwh);
        Assert.Equal([new CurrencyAmount("EUR", 22.10m)], summary.TotalCost);
        Assert.Equal(1, summary.UndatedSessions);
        Assert.Equal(Day(2026, 1, 10), summary.FirstSessionAt);
        Assert.Equal(Day(2026, 3, 1), summary.LastSessionAt);
        Assert.Equal(3, summary.Monthly.Sum(month => month.Sessions));
    }

    [Fact]
    public void A_fee_without_usage_total_or_currency_adds_nothing()
    {
        var blank = new ChargingFee(null, "CHARGING", null, null, null, null, null, null, null, null, null, null, null, null, null);

        var summary = ChargingAnalytics.Analyse([WithFees([blank])]);

        Assert.Equal(0m, summary.EnergyKwh);
        Assert.Empty(summary.TotalCost);
        Assert.Empty(summary.PricePerKwh);
    }

    [Fact]
    public void First_and_last_session_compare_instants_not_local_clock_times()
    {
        var helsinkiMorning = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(2));
        var oslo = new DateTimeOffset(2026, 1, 5, 8, 30, 0, TimeSpan.FromHours(1));

        var summary = ChargingAnalytics.Analyse([
            At("Oslo, NO - Alnabru", oslo, Charging(10m, 57.90m, "NOK")),
            At("Helsinki, FI - Ruoholahti", helsinkiMorning, Charging(10m, 4.50m)),
        ]);

        Assert.Equal(helsinkiMorning, summary.FirstSessionAt);
        Assert.Equal(oslo, summary.LastSessionAt);
    }

    [Fact]
    public void Top_locations_are_the_five_busiest_sites_by_sessions_then_energy()
    {
        ChargingSession[] sessions =
        [
            .. Enumerable.Range(0, 4).Select(i => At("Helsinki, FI - Ruoholahti", Day(2026, 1, 1 + i), Charging(10m, 4.50m))),
            .. Enumerable.Range(0, 2).Select(i => At("Vantaa, FI - Jumbo", Day(2026, 2, 1 + i), Charging(30m, 12.60m))),
            .. Enumerable.Range(0, 2).Select(i => At("Espoo, FI - Iso Omena", Day(2026, 2, 10 + i), Charging(20m, 8.80m))),
            .. Enumerable.Range(0, 3).Select(i => At("Tampere, FI - Lielahti", Day(2026, 3, 1 + i), Charging(5m, 2.05m))),
            At("Turku, FI - Skanssi", Day(2026, 4, 1), Charging(60m, 25.80m)),
            At("Oulu, FI - Ritaharju", Day(2026, 4, 2), Charging(10m, 4.20m)),
            At(null, Day(2026, 4, 3), Charging(80m, 33.60m)),
        ];

        var summary = ChargingAnalytics.Analyse(sessions);

        Assert.Equal(
            [("Helsinki, FI - Ruoholahti", 4, 40m), ("Tampere, FI - Lielahti", 3, 15m), ("Vantaa, FI - Jumbo", 2, 60m),
             ("Espoo, FI - Iso Omena", 2, 40m), ("Turku, FI - Skanssi", 1, 60m)],
            summary.TopLocations.Select(location => (location.Site, location.Sessions, location.EnergyKwh)));
    }

    [Fact]
    public void Usage_tiers_of_a_kWh_charging_line_add_up_and_per_minute_charging_has_no_energy()
    {
        var tiered = new ChargingFee(1, "CHARGING", "USD", "PAYMENT", 0.46m, 40m, 0m, 24m, null, null, 18.40m, 18.40m, "kWh", true, "PAID");
        var perMinute = Charging(25m, 6.25m, "USD", uom: "min");

        var summary = ChargingAnalytics.Analyse([WithFees([tiered]), WithFees([perMinute])]);

        Assert.Equal(64m, summary.EnergyKwh);
        Assert.Equal([new CurrencyAmount("USD", 24.65m)], summary.TotalCost);
    }
}
