using SkiaSharp;

namespace CarPulse.Domain.Documents.Layout;

/// <summary>A column: its header, its share of the table width relative to the other columns, and its alignment (money right).</summary>
public sealed record TableColumn(string Header, float Weight = 1, SKTextAlign Align = SKTextAlign.Left);

/// <summary>One row's cell texts, in column order. A strong row (a total) is bold with a heavier rule above it.</summary>
public sealed record TableRow(IReadOnlyList<string> Cells)
{
    public bool Strong { get; init; }
}

/// <summary>
/// A table whose rows are never split; when it continues on a new page, its header row is drawn
/// again at the top. The header never stays behind alone at the bottom of a page.
/// </summary>
public sealed class Table : IBlock
{
    private const float PaddingX = 4;
    private const float PaddingY = 3.5f;

    private readonly IReadOnlyList<TableColumn> _columns;
    private readonly IReadOnlyList<TableRow> _rows;

    public Table(IReadOnlyList<TableColumn> columns, IReadOnlyList<TableRow> rows)
    {
        ArgumentOutOfRangeException.ThrowIfZero(columns.Count);
        if (columns.Any(column => column.Weight <= 0))
        {
            throw new ArgumentException("Every column needs a positive weight.", nameof(columns));
        }

        if (rows.FirstOrDefault(row => row.Cells.Count != columns.Count) is { } ragged)
        {
            throw new ArgumentException($"A row has {ragged.Cells.Count} cells for {columns.Count} columns.", nameof(rows));
        }

        (_columns, _rows) = (columns, rows);
    }

    public float SpaceBefore { get; init; } = 8;

    public IEnumerable<Slice> Layout(LayoutContext context)
    {
        var lefts = new float[_columns.Count];
        var widths = new float[_columns.Count];
        var totalWeight = _columns.Sum(column => column.Weight);
        for (var index = 0; index < _columns.Count; index++)
        {
            widths[index] = context.Width * _columns[index].Weight / totalWeight;
            lefts[index] = index == 0 ? 0 : lefts[index - 1] + widths[index - 1];
        }

        Cell CellAt(int index, string text, TextStyle style) => new(text, style, _columns[index].Align, lefts[index], widths[index]);

        var header = Row(context, _columns.Select((column, index) => CellAt(index, column.Header, DocumentStyles.TableHeader)), isHeader: true, strong: false);
        var rows = _rows.Select(row =>
            Row(context, row.Cells.Select((cell, index) => CellAt(index, cell, row.Strong ? DocumentStyles.Strong : DocumentStyles.Body)), isHeader: false, row.Strong)
            with { RepeatedHeader = header });
        return [header with { SpaceBefore = SpaceBefore, KeepWithNext = true }, .. rows];
    }

    private static Slice Row(LayoutContext context, IEnumerable<Cell> cells, bool isHeader, bool strong)
    {
        var row = new CellRow(context.Text, cells.ToList(), PaddingX, PaddingY);
        return new Slice(row.Height, (canvas, area) =>
        {
            if (isHeader)
            {
                context.Text.Fill(canvas, area, DocumentStyles.Shade);
            }

            if (strong)
            {
                context.Text.DrawRule(canvas, area.Left, area.Right, area.Top, DocumentStyles.Ink, 0.8f);
            }

            row.Draw(canvas, area);
            context.Text.DrawRule(canvas, area.Left, area.Right, area.Bottom, DocumentStyles.Rule);
        });
    }
}
