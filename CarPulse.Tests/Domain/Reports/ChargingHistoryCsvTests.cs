using System.Globalization;
using CarPulse.Domain.Reports;
using CarPulse.Domain.Tesla;
using CsvHelper;
using static CarPulse.Tests.Domain.Reports.Sessions;

namespace CarPulse.Tests.Domain.Reports;

public sealed class ChargingHistoryCsvTests
{
    private static readonly DateTimeOffset HelsinkiNoon = new(2026, 1, 5, 12, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public void The_header_lists_the_documented_columns_in_order()
    {
        var csv = ChargingHistoryCsv.Write([]);

        Assert.Equal(
            "session_id,vin_masked,site,country,start,stop,energy_kwh,charging_cost,idle_cost,total_cost,currency,invoice_ids\r\n",
            csv);
    }

    [Fact]
    public void A_session_is_one_row_with_UTC_times_energy_costs_and_invoice_ids()
    {
        var session = At("Helsinki, FI - Ruoholahti", HelsinkiNoon, Charging(40.5m, 18.23m), Idle(7m, 3.50m));

        var row = Rows(ChargingHistoryCsv.Write([session])).Single();

        Assert.Equal(
            [session.SessionId.ToString(CultureInfo.InvariantCulture), "LRW3E7EB9MC21****", "Helsinki, FI - Ruoholahti", "FI",
             "2026-01-05T10:00:00Z", "2026-01-05T10:30:00Z", "40.5", "18.23", "3.50", "21.73", "EUR", "abc-123"],
            row);
    }

    [Fact]
    public void Numbers_are_invariant_even_when_the_current_culture_is_Finnish()
    {
        var session = At("Helsinki, FI - Ruoholahti", HelsinkiNoon, Charging(1234.5m, 555.25m));
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fi-FI");
        try
        {
            var row = Rows(ChargingHistoryCsv.Write([session])).Single();

            Assert.Equal(("1234.5", "555.25", "555.25"), (row[6], row[7], row[9]));
            Assert.Equal("2026-01-05T10:00:00Z", row[4]);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void A_site_name_with_commas_quotes_and_a_line_break_round_trips()
    {
        const string site = "Truckee, CA - \"Soaring\" Way\nLevel 2";
        var csv = ChargingHistoryCsv.Write([At(site, HelsinkiNoon, Charging(10m, 4.60m, "USD"))]);

        Assert.Contains("\"Truckee, CA - \"\"Soaring\"\" Way\nLevel 2\"", csv);
        Assert.Equal(site, Rows(csv).Single()[2]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tTab")]
    [InlineData("\rReturn")]
    public void A_text_cell_that_starts_like_a_formula_gets_a_leading_apostrophe(string site)
    {
        var row = Rows(ChargingHistoryCsv.Write([At(site, HelsinkiNoon, Charging(10m, 4.50m))])).Single();

        Assert.Equal("'" + site, row[2]);
    }

    [Fact]
    public void A_negative_amount_stays_a_number()
    {
        var credit = new ChargingFee(3, "CHARGING", "EUR", "CREDIT", 0.45m, 10m, 0m, 0m, null, null, -4.50m, -4.50m, "kwh", true, "PAID");

        var row = Rows(ChargingHistoryCsv.Write([WithFees([credit])])).Single();

        Assert.Equal("-4.50", row[7]);
    }

    [Fact]
    public void The_VIN_is_masked_even_when_it_is_not_well_formed()
    {
        var odd = At("Helsinki, FI - Ruoholahti", HelsinkiNoon, Charging(10m, 4.50m)) with { Vin = "TEST00000000VIN01" };
        var row = Rows(ChargingHistoryCsv.Write([odd])).Single();

        Assert.Equal("TEST00000000V****", row[1]);
        Assert.DoesNotContain("VIN01", ChargingHistoryCsv.Write([odd]), StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_run_in_start_order_with_undated_sessions_and_empty_cells_last()
    {
        var later = At("Vantaa, FI - Jumbo", HelsinkiNoon.AddDays(3), Charging(20m, 8.40m));
        var earlier = At("Helsinki, FI - Ruoholahti", HelsinkiNoon, Charging(10m, 4.50m));
        var undated = WithFees(null) with { ChargeStartDateTime = null };

        var rows = Rows(ChargingHistoryCsv.Write([later, undated, earlier]));

        Assert.Equal([earlier.SessionId, later.SessionId, undated.SessionId], rows.Select(row => long.Parse(row[0], CultureInfo.InvariantCulture)));
        Assert.Equal(["", "", "0", "", "", "", "", ""], rows[2][4..]);
    }

    [Fact]
    public void A_session_billed_in_two_currencies_takes_a_row_per_currency_with_the_energy_once()
    {
        var mixed = WithFees([Charging(30m, 13.50m, "EUR"), Idle(5m, 25m, "SEK")]);

        var rows = Rows(ChargingHistoryCsv.Write([mixed]));

        Assert.Equal([("30", "13.50", "EUR"), ("0", "0.00", "SEK")], rows.Select(row => (row[6], row[7], row[10])));
        Assert.Equal("25.00", rows[1][8]);
    }

    private static List<string[]> Rows(string csv)
    {
        using var reader = CsvReader.FromText(csv, CsvReaderOptions.Default with { Separator = ',' });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            Assert.Equal(ChargingHistoryCsv.Columns, reader.Headers);
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(index => reader.GetString(index) ?? string.Empty)]);
        }

        return rows;
    }
}
