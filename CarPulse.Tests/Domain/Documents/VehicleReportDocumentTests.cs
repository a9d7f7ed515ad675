using System.Globalization;
using System.Text;
using CarPulse.Domain.Documents;
using CarPulse.Domain.Pricing;
using CarPulse.Domain.Reports;
using CarPulse.Tests.Support;

namespace CarPulse.Tests.Domain.Documents;

public sealed class VehicleReportDocumentTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static readonly string[] VehicleDataSections = ["Vehicle", "Battery and charging", "Tyres", "Security", "Climate", "Location"];

    private static readonly string[] ProSections = ["Charging history", "Recent alerts", "Service status", "Warranty", "Release notes", "Factory options"];

    [Fact]
    public void The_title_is_the_name_as_typed_and_only_the_masked_vin_appears()
    {
        using var pdf = Render(PackageName.Expert);

        var lines = pdf.AllLines();
        Assert.Equal(VehicleReports.HostileName, PdfFile.Lines(pdf.Pages[0])[1]);
        Assert.Contains("VIN 5YJ3E7EB2NF12**** Package Expert", lines);
        Assert.DoesNotContain(lines, line => line.Contains(VehicleReports.FullVin, StringComparison.Ordinal));
        Assert.DoesNotContain(VehicleReports.FullVin, $"{pdf.Information.Title} {pdf.Information.Subject}", StringComparison.Ordinal);
        Assert.DoesNotContain(VehicleReports.FullVin, Encoding.Latin1.GetString(pdf.Bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_basic_report_has_the_vehicle_data_sections_and_none_of_the_pro_ones()
    {
        using var pdf = Render(PackageName.Basic);

        var lines = pdf.AllLines();
        Assert.All(VehicleDataSections, heading => Assert.Contains(heading, lines));
        Assert.All([.. ProSections, "Full specifications", "Energy per month"], heading => Assert.DoesNotContain(heading, lines));
        Assert.Contains("VIN 5YJ3E7EB2NF12**** Package Basic", lines);
        Assert.Contains("Report date 11/23/2026 Order reference CP-7K2M9QXA", lines);
    }

    [Fact]
    public void An_expert_report_has_every_section_in_the_dashboards_order_with_the_specs_last()
    {
        using var pdf = Render(PackageName.Expert);

        var lines = pdf.AllLines();
        string[] expected = [.. VehicleDataSections, .. ProSections, "Full specifications"];
        var positions = expected.Select(heading => lines.ToList().IndexOf(heading)).ToList();
        Assert.All(positions, position => Assert.True(position >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("battery capacity kwh 75 motor configuration Dual Motor", lines);

        // 12:00 UTC is 14:00 in Helsinki, the report's zone.
        Assert.Contains("Data from the Tesla Fleet API, fetched 11/23/2026 2:00 PM.", lines);
    }

    [Fact]
    public void A_pro_report_has_no_specs_section()
    {
        using var pdf = Render(PackageName.Pro);

        var lines = pdf.AllLines();
        Assert.All(ProSections, heading => Assert.Contains(heading, lines));
        Assert.DoesNotContain("Full specifications", lines);
    }

    [Fact]
    public void A_missing_module_is_named_with_its_reason_and_its_section_is_left_out()
    {
        using var pdf = Render(PackageName.Pro, missing: new Dictionary<string, string> { ["warranty"] = MissingReason.Asleep });

        var lines = pdf.AllLines();
        Assert.Contains("Warranty could not be fetched: the car stayed asleep.", lines);
        Assert.DoesNotContain("Warranty", lines);
        Assert.Contains("Release notes", lines);
    }

    [Fact]
    public void Charging_sites_are_plain_text_and_the_charging_section_shows_its_figures()
    {
        using var pdf = Render(PackageName.Pro);

        var lines = pdf.AllLines();
        Assert.Contains("Sessions 120 Energy 4,755 kWh", lines);
        Assert.Contains("Cost €1,561.74 + kr4,616.10 Supercharger 120 sessions, 4,755 kWh", lines);
        Assert.Contains("• Helsinki, FI - Ruoholahti · 16 sessions, 666 kWh", lines);
        Assert.Contains("• Hämeenlinna, FI - Goodman · 16 sessions, 686 kWh", lines);
    }

    [Fact]
    public void Monthly_energy_and_cost_charts_are_drawn_with_month_labels_and_their_units()
    {
        using var pdf = Render(PackageName.Expert);

        var chartPages = pdf.Pages.Where(page => PdfFile.Lines(page).Any(line => line.StartsWith("Energy per month", StringComparison.Ordinal))).ToList();
        var page = Assert.Single(chartPages);
        var words = pdf.Pages.SelectMany(page => page.GetWords()).Select(word => word.Text).ToList();
        string[] months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        Assert.All(months, month => Assert.True(words.Count(word => word == month) >= 3, $"{month} labels the energy, EUR and SEK charts"));
        Assert.Contains("kWh", page.GetWords().Select(word => word.Text));
        var lines = pdf.AllLines();
        Assert.Contains("Cost per month (EUR)", lines);
        Assert.Contains("Cost per month (SEK)", lines);
    }

    [Fact]
    public void The_charts_use_the_documents_two_fonts_so_each_is_embedded_once()
    {
        using var pdf = Render(PackageName.Expert);

        var fonts = pdf.Pages.SelectMany(page => page.Letters).Select(letter => letter.FontName).Distinct().ToList();
        Assert.Equal(2, fonts.Count);
        Assert.All(fonts, font => Assert.Matches(@"^[A-Z]{6}\+DejaVuSans(-Bold)?$", font));
    }

    [Fact]
    public void The_verification_link_and_code_stand_beside_a_qr_code_drawn_as_vector_squares()
    {
        using var pdf = Render(PackageName.Basic);

        var first = pdf.Pages[0];
        var lines = PdfFile.Lines(first);
        Assert.Contains("Verify this report", lines);
        Assert.Contains(VehicleReports.Verification.Url, lines);
        Assert.Contains("Verification code ABCD2345", lines);
        Assert.Empty(first.GetImages());
        var code = Assert.Single(first.Paths, path => path.IsFilled && path.Count > 100);
        var box = code.GetBoundingRectangle();
        Assert.NotNull(box);
        Assert.InRange(box.Value.Width, 60, 86);
        Assert.Equal(box.Value.Width, box.Value.Height, 0.5);
    }

    [Fact]
    public void Every_page_is_numbered_and_carries_the_order_reference()
    {
        using var pdf = Render(PackageName.Expert);

        Assert.True(pdf.Pages.Count >= 3, $"{pdf.Pages.Count} pages");
        Assert.All(pdf.Pages.Select((page, index) => (Lines: PdfFile.Lines(page), Number: index + 1)), page =>
            Assert.Contains($"Order CP-7K2M9QXA Page {page.Number} of {pdf.Pages.Count}", page.Lines));
    }

    [Fact]
    public void A_finnish_report_has_finnish_headings_labels_and_page_numbers()
    {
        using var pdf = Render(PackageName.Expert, culture: CultureInfo.GetCultureInfo("fi"));

        var lines = pdf.AllLines();
        Assert.All(["Akku ja lataus", "Renkaat", "Lataushistoria", "Takuu", "Täydet tekniset tiedot", "Tarkista raportin aitous", "Energia kuukausittain"],
            heading => Assert.Contains(heading, lines));
        Assert.Contains("Kustannus kuukausittain (EUR)", lines);
        Assert.Contains($"Tilaus CP-7K2M9QXA Sivu 1/{pdf.Pages.Count}", PdfFile.Lines(pdf.Pages[0]));
        Assert.DoesNotContain("Battery and charging", lines);
    }

    private static PdfFile Render(PackageName package, IReadOnlyDictionary<string, string>? missing = null, CultureInfo? culture = null) =>
        new(VehicleReportDocument.Compose(VehicleReports.Pdf(package, missing: missing), culture ?? English).ToBytes());
}
