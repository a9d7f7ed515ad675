using SkiaSharp;

namespace CarPulse.Domain.Documents.Layout;

/// <summary>A label and its value, such as "Odometer" and "48 210 km".</summary>
public sealed record KeyValue(string Label, string Value);

/// <summary>
/// Label/value pairs in <see cref="Columns"/> side-by-side columns, filled row by row. Each row is a
/// slice, so a long grid continues on the next page between rows.
/// </summary>
public sealed record KeyValueGrid(IReadOnlyList<KeyValue> Items) : IBlock
{
    private const float Gutter = 18;
    private const float LabelGap = 6;

    public int Columns { get; init; } = 2;

    /// <summary>How much of each column the labels take; values get the rest.</summary>
    public float LabelShare { get; init; } = 0.42f;

    public float SpaceBefore { get; init; } = 8;

    public IEnumerable<Slice> Layout(LayoutContext context)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Columns, 1);
        var columnWidth = (context.Width - (Gutter * (Columns - 1))) / Columns;
        var labelWidth = columnWidth * LabelShare;
        return Items.Chunk(Columns).Select((row, index) =>
        {
            var cells = row.SelectMany((item, column) =>
            {
                var left = column * (columnWidth + Gutter);
                return new[]
                {
                    new Cell(item.Label, DocumentStyles.Label, SKTextAlign.Left, left, labelWidth - LabelGap),
                    new Cell(item.Value, DocumentStyles.Body, SKTextAlign.Left, left + labelWidth, columnWidth - labelWidth),
                };
            }).ToList();
            var cellRow = new CellRow(context.Text, cells, 0, 2);
            return new Slice(cellRow.Height, cellRow.Draw) { SpaceBefore = index == 0 ? SpaceBefore : 0 };
        }).ToList();
    }
}
