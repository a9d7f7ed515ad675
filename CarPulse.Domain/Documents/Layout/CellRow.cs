using SkiaSharp;

namespace CarPulse.Domain.Documents.Layout;

/// <summary>One piece of text in a row, <see cref="Left"/> points from the row's left edge.</summary>
internal sealed record Cell(string Text, TextStyle Style, SKTextAlign Align, float Left, float Width);

/// <summary>
/// Text cells side by side, each wrapped in its own width, their first lines on one baseline even in
/// different sizes (a small label beside its value). The row is as tall as its tallest cell.
/// </summary>
internal sealed class CellRow
{
    private readonly Typesetter _text;
    private readonly IReadOnlyList<Cell> _cells;
    private readonly IReadOnlyList<IReadOnlyList<string>> _lines;
    private readonly IReadOnlyList<float> _drops;
    private readonly float _paddingX;
    private readonly float _paddingY;

    public CellRow(Typesetter text, IReadOnlyList<Cell> cells, float paddingX, float paddingY)
    {
        (_text, _cells, _paddingX, _paddingY) = (text, cells, paddingX, paddingY);
        _lines = cells.Select(cell => text.Wrap(cell.Text, cell.Style, cell.Width - (2 * paddingX))).ToList();
        var baselines = cells.Select(cell => text.FirstBaseline(cell.Style)).ToList();
        var lowest = baselines.DefaultIfEmpty(0).Max();
        _drops = baselines.Select(baseline => lowest - baseline).ToList();
        Height = cells.Select((cell, index) => _drops[index] + (_lines[index].Count * cell.Style.LineHeight)).DefaultIfEmpty(0).Max() + (2 * paddingY);
    }

    public float Height { get; }

    public void Draw(SKCanvas canvas, SKRect area)
    {
        for (var index = 0; index < _cells.Count; index++)
        {
            var cell = _cells[index];
            var left = area.Left + cell.Left + _paddingX;
            var box = new SKRect(left, area.Top + _paddingY + _drops[index], left + cell.Width - (2 * _paddingX), area.Bottom - _paddingY);
            _text.DrawLines(canvas, _lines[index], cell.Style, box, cell.Align);
        }
    }
}
