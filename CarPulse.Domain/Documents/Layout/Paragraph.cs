using SkiaSharp;

namespace CarPulse.Domain.Documents.Layout;

/// <summary>Text wrapped to the page width; "\n" starts a new line. Never leaves a single line of it alone on a page.</summary>
public sealed record Paragraph(string Text) : IBlock
{
    public TextStyle Style { get; init; } = DocumentStyles.Body;

    public SKTextAlign Align { get; init; } = SKTextAlign.Left;

    public float SpaceBefore { get; init; } = 6;

    public IEnumerable<Slice> Layout(LayoutContext context) =>
        TextSlices.Lines(context, Text, Style, Align, SpaceBefore, KeepsWithNext);

    // The first line stays with the second (no orphan) and the last with the one before it (no widow).
    private static bool KeepsWithNext(int line, int count) => count > 1 && (line == 0 || line == count - 2);
}
