using SkiaSharp;

namespace CarPulse.Domain.Documents.Layout;

/// <summary>
/// Measures and draws text and rules for one render. It owns that render's fonts and paints, which
/// are mutable and not thread-safe, so it is never shared: parallel renders each make their own.
/// </summary>
public sealed class Typesetter : IDisposable
{
    private readonly Dictionary<(bool Bold, float Size), SKFont> _fonts = [];
    private readonly SKPaint _fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint _stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke };

    public float Measure(string text, TextStyle style) => Font(style).MeasureText(text);

    public IReadOnlyList<string> Wrap(string text, TextStyle style, float width) =>
        TextWrapper.Wrap(text, width, part => Measure(part, style));

    /// <summary>Draws <paramref name="lines"/> one under the other from the top of <paramref name="area"/>.</summary>
    public void DrawLines(SKCanvas canvas, IReadOnlyList<string> lines, TextStyle style, SKRect area, SKTextAlign align = SKTextAlign.Left)
    {
        var font = Font(style);
        _fill.Color = style.Color;
        var x = align switch
        {
            SKTextAlign.Right => area.Right,
            SKTextAlign.Center => area.MidX,
            _ => area.Left,
        };

        var baseline = area.Top + FirstBaseline(style);
        foreach (var line in lines)
        {
            canvas.DrawText(line, x, baseline, align, font, _fill);
            baseline += style.LineHeight;
        }
    }

    /// <summary>How far below the top of a line its baseline sits: the font's ascent-to-descent box is centred in the line.</summary>
    public float FirstBaseline(TextStyle style)
    {
        var metrics = Font(style).Metrics;
        return ((style.LineHeight - (metrics.Descent - metrics.Ascent)) / 2) - metrics.Ascent;
    }

    public void DrawRule(SKCanvas canvas, float left, float right, float y, SKColor color, float thickness = 0.5f)
    {
        _stroke.Color = color;
        _stroke.StrokeWidth = thickness;
        canvas.DrawLine(left, y, right, y, _stroke);
    }

    public void Fill(SKCanvas canvas, SKRect area, SKColor color)
    {
        _fill.Color = color;
        canvas.DrawRect(area, _fill);
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        _fill.Dispose();
        _stroke.Dispose();
    }

    private SKFont Font(TextStyle style)
    {
        if (!_fonts.TryGetValue((style.Bold, style.Size), out var font))
        {
            font = new SKFont(style.Bold ? DocumentFonts.Bold : DocumentFonts.Regular, style.Size)
            {
                // Unhinted outlines at unrounded positions, as a PDF reader draws them, so measured widths are drawn widths.
                Hinting = SKFontHinting.None,
                Subpixel = true,
                LinearMetrics = true,
            };
            _fonts[(style.Bold, style.Size)] = font;
        }

        return font;
    }
}
