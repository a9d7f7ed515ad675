using SkiaSharp;

namespace CarPulse.Domain.Documents.Layout;

/// <summary>Wrapped text as one slice per line, so a long paragraph can continue on the next page.</summary>
internal static class TextSlices
{
    public static IEnumerable<Slice> Lines(
        LayoutContext context, string text, TextStyle style, SKTextAlign align, float spaceBefore, Func<int, int, bool> keepWithNext)
    {
        var lines = context.Text.Wrap(text, style, context.Width);
        return lines.Select((line, index) => new Slice(
            style.LineHeight,
            (canvas, area) => context.Text.DrawLines(canvas, [line], style, area, align))
        {
            SpaceBefore = index == 0 ? spaceBefore : 0,
            KeepWithNext = keepWithNext(index, lines.Count),
        });
    }
}
