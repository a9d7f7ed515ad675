using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CarPulse.Domain.Documents;
using CarPulse.Domain.Pricing;
using CarPulse.Domain.Reports;
using CarPulse.Domain.Reports.Sheet;
using QRCoder;

namespace CarPulse.Bench;

/// <summary>
/// The vehicle report PDF's content as one self-contained HTML page (inline CSS, SVG bars and QR code, no scripts or
/// fetches): what a browser-printing approach would send to Chromium, for a fair comparison with our own renderer.
/// </summary>
internal static class VehicleReportHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    public static string For(VehicleReportPdf input, CultureInfo culture)
    {
        var vehicle = input.Vehicle;
        var sheet = ReportSheet.For(vehicle, input.Report, VehicleReportContent.Read(input.Report), culture, input.TimeZone);
        var html = new StringBuilder(64 * 1024);
        html.Append("<!doctype html><html><head><meta charset=\"utf-8\"><style>")
            .Append("@page{size:A4;margin:42pt}body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;color:#1f2937}")
            .Append("h1{font-size:16pt}h2{font-size:12.5pt;break-after:avoid}dl{display:grid;grid-template-columns:1fr 1.4fr 1fr 1.4fr;gap:2pt 6pt}")
            .Append("dt{color:#6b7280;font-size:9pt}dd{margin:0}.chart{break-inside:avoid}.qr{display:flex;gap:14pt}")
            .Append("</style></head><body>");
        html.Append("<h1>").Append(Encoder.Encode(vehicle.DisplayName)).Append("</h1><dl>");
        Fact(html, "VIN", vehicle.MaskedVin);
        Fact(html, "Package", PackageCatalog.Get(input.Package).Title);
        Fact(html, "Report date", input.ReportDate.ToString("d", culture));
        Fact(html, "Order reference", input.OrderReference);
        html.Append("</dl><p>").Append(Encoder.Encode(sheet.Source)).Append("</p>");
        foreach (var missing in sheet.Missing)
        {
            html.Append("<p><strong>").Append(Encoder.Encode(missing)).Append("</strong></p>");
        }

        using (var generator = new QRCodeGenerator())
        using (var code = generator.CreateQrCode(input.Verification.Url, QRCodeGenerator.ECCLevel.M))
        using (var svg = new SvgQRCode(code))
        {
            html.Append("<div class=\"qr\"><div style=\"width:86pt\">").Append(svg.GetGraphic(3)).Append("</div><div><strong>Verify this report</strong><p>")
                .Append(Encoder.Encode(input.Verification.Url)).Append("</p><p>Verification code ").Append(Encoder.Encode(input.Verification.Code)).Append("</p></div></div>");
        }

        foreach (var section in sheet.Sections)
        {
            html.Append("<h2>").Append(Encoder.Encode(section.Title)).Append("</h2>");
            foreach (var block in section.Blocks)
            {
                Block(html, block);
            }
        }

        return html.Append("</body></html>").ToString();
    }

    private static void Block(StringBuilder html, SheetBlock block)
    {
        switch (block)
        {
            case SheetFacts facts:
                html.Append("<dl>");
                foreach (var fact in facts.Facts)
                {
                    Fact(html, fact.Label, fact.Value);
                }

                html.Append("</dl>");
                break;
            case SheetNote note:
                html.Append("<p>").Append(Encoder.Encode(note.Text)).Append("</p>");
                break;
            case BatteryHealthNote health:
                html.Append("<p><strong>").Append(Encoder.Encode(health.Headline)).Append("</strong><br>").Append(Encoder.Encode(health.Explanation)).Append("</p>");
                break;
            case SheetChart chart:
                Chart(html, chart);
                break;
            case SheetList list:
                if (list.Title is { } title)
                {
                    html.Append("<p><strong>").Append(Encoder.Encode(title)).Append("</strong></p>");
                }

                html.Append("<ul>");
                foreach (var item in list.Items)
                {
                    html.Append("<li>").Append(Encoder.Encode(item.Text)).Append(' ').Append(Encoder.Encode(item.Detail ?? string.Empty)).Append("</li>");
                }

                html.Append("</ul>");
                break;
        }
    }

    private static void Chart(StringBuilder html, SheetChart chart)
    {
        const int Width = 510;
        const int Height = 150;
        var peak = Math.Max(chart.Bars.Select(bar => bar.Value).DefaultIfEmpty(0).Max(), 1);
        var step = (Width - 40.0) / Math.Max(chart.Bars.Count, 1);
        html.Append("<div class=\"chart\"><p><strong>").Append(Encoder.Encode(chart.Title)).Append("</strong></p>")
            .Append(CultureInfo.InvariantCulture, $"<svg width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\">")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"70\" font-size=\"8\">{Encoder.Encode(chart.Unit)}</text>");
        for (var index = 0; index < chart.Bars.Count; index++)
        {
            var bar = chart.Bars[index];
            var barHeight = bar.Value / peak * (Height - 20);
            var x = 40 + (index * step);
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x + (step * 0.15):0.#}\" y=\"{Height - 14 - barHeight:0.#}\" width=\"{step * 0.7:0.#}\" height=\"{barHeight:0.#}\" fill=\"#c8102e\"><title>{Encoder.Encode(bar.ValueText)}</title></rect>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (step / 2):0.#}\" y=\"{Height - 2}\" font-size=\"7.5\" text-anchor=\"middle\">{Encoder.Encode(bar.Label)}</text>");
        }

        html.Append("</svg></div>");
    }

    private static void Fact(StringBuilder html, string label, string value) =>
        html.Append("<dt>").Append(Encoder.Encode(label)).Append("</dt><dd>").Append(Encoder.Encode(value)).Append("</dd>");
}
