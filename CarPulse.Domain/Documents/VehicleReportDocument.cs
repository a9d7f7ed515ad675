using System.Globalization;
using CarPulse.Domain.Documents.Charts;
using CarPulse.Domain.Documents.Layout;
using CarPulse.Domain.Pricing;
using CarPulse.Domain.Reports;
using CarPulse.Domain.Reports.Sheet;

namespace CarPulse.Domain.Documents;

/// <summary>
/// One vehicle's report as a PDF (SPEC §4, issue 6): the same <see cref="ReportSheet"/> the dashboard shows, under a
/// title with the order's details and the verification code. Only the masked VIN ever appears.
/// </summary>
public static class VehicleReportDocument
{
    private const string Brand = "CarPulse";

    public static PagedDocument Compose(VehicleReportPdf input, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(input);
        var vehicle = input.Vehicle;
        var sheet = ReportSheet.For(vehicle, input.Report, VehicleReportContent.Read(input.Report), culture, input.TimeZone);
        var title = DocumentText.Format("Vehicle report {0}", culture, vehicle.MaskedVin);
        var info = new DocumentInfo(title, input.ReportDate) { Subject = vehicle.DisplayName };
        var frame = new PageFrame(Brand, title, culture) { FooterNote = DocumentText.Format("Order {0}", culture, input.OrderReference) };
        List<IBlock> blocks =
        [
            new Heading(vehicle.DisplayName),
            new KeyValueGrid(
            [
                new(DocumentText.Get("VIN", culture), vehicle.MaskedVin),
                new(DocumentText.Get("Package", culture), PackageCatalog.Get(input.Package).Title),
                new(DocumentText.Get("Report date", culture), input.ReportDate.ToString("d", culture)),
                new(DocumentText.Get("Order reference", culture), input.OrderReference),
            ]),
            new Paragraph(sheet.Source) { Style = DocumentStyles.Small, SpaceBefore = 10 },
            .. sheet.Missing.Select(missing => new Paragraph(missing) { Style = DocumentStyles.Strong with { Color = DocumentStyles.Accent } }),
            new VerificationBlock(input.Verification, culture),
            .. sheet.Sections.SelectMany(Section),
        ];
        return new PagedDocument(info, frame, blocks);
    }

    private static IEnumerable<IBlock> Section(SheetSection section) =>
        [new Heading(section.Title, level: 2), .. section.Blocks.SelectMany(Block)];

    private static IEnumerable<IBlock> Block(SheetBlock block) => block switch
    {
        SheetFacts facts => [new KeyValueGrid([.. facts.Facts.Select(fact => new KeyValue(fact.Label, fact.Value))])],
        SheetNote note => [new Paragraph(note.Text)],
        BatteryHealthNote health => [new KeepTogether([new Paragraph(health.Headline) { Style = DocumentStyles.Strong, SpaceBefore = 10 }, new Paragraph(health.Explanation) { SpaceBefore = 2 }])],
        SheetChart chart => [MonthlyBarChart.For(chart)],
        SheetList list => List(list),
        _ => throw new ArgumentOutOfRangeException(nameof(block), block, "A sheet block this document cannot draw."),
    };

    private static IEnumerable<IBlock> List(SheetList list)
    {
        var items = list.Items.Select(item => new Paragraph(item.Detail is { } detail ? $"•  {item.Text}  ·  {detail}" : $"•  {item.Text}")
        {
            Style = item.Strong ? DocumentStyles.Strong : DocumentStyles.Body,
            SpaceBefore = 3,
        }).ToList();
        if (list.Title is not { } title)
        {
            return items;
        }

        // A list's title never ends a page without the first item under it.
        var heading = new Paragraph(title) { Style = DocumentStyles.Strong, SpaceBefore = 12 };
        return items.Count == 0 ? [heading] : [new KeepTogether([heading, items[0]]), .. items.Skip(1)];
    }
}
