using System.Globalization;
using CarPulse.Domain.Documents.Layout;
using SkiaSharp;

namespace CarPulse.Tests.Domain.Documents;

/// <summary>Small documents built the way the receipt and report build theirs, for the layout tests.</summary>
internal static class LayoutDocuments
{
    public static readonly DateTimeOffset CreatedAt = new(2026, 11, 23, 18, 5, 0, TimeSpan.Zero);

    public static byte[] Render(params IBlock[] blocks) => Render(CultureInfo.GetCultureInfo("en"), blocks);

    public static byte[] Render(CultureInfo culture, params IBlock[] blocks) =>
        new PagedDocument(new DocumentInfo("Layout test", CreatedAt), new PageFrame("CarPulse", "Layout test", culture), blocks).ToBytes();

    /// <summary>
    /// Empty areas that leave less and less room at the foot of the first page, in steps smaller than a
    /// line, so whatever follows them meets the page break at every possible height.
    /// </summary>
    public static IEnumerable<IBlock> FillersReachingThePageFoot() =>
        Enumerable.Range(0, 30).Select(step => new CanvasBlock(580 + (step * 4), static (_, _) => { }) { SpaceBefore = 0 });

    /// <summary>A charging-history-like table: row i reads "Row i", "Place i" and a right-aligned amount.</summary>
    public static Table Sessions(int count, bool twoLineRows = false) => new(
        [new TableColumn("Session", 2), new TableColumn("Place", 3), new TableColumn("Energy", 1, SKTextAlign.Right)],
        Enumerable.Range(1, count)
            .Select(i => new TableRow([twoLineRows ? $"Row {i}\nsecond line {i}" : $"Row {i}", $"Place {i}", $"{i * 3} kWh"]))
            .ToList());
}
