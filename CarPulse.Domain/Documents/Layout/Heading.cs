using SkiaSharp;

namespace CarPulse.Domain.Documents.Layout;

/// <summary>A section (level 1) or sub-section (level 2) title. It always starts a page together with what follows it.</summary>
public sealed record Heading : IBlock
{
    public Heading(string text, int level = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 2);
        (Text, Level) = (text, level);
    }

    public string Text { get; }

    public int Level { get; }

    public IEnumerable<Slice> Layout(LayoutContext context)
    {
        var (style, spaceBefore) = Level == 1 ? (DocumentStyles.Heading1, 18f) : (DocumentStyles.Heading2, 12f);
        return TextSlices.Lines(context, Text, style, SKTextAlign.Left, spaceBefore, static (_, _) => true);
    }
}
