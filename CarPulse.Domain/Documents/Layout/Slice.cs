using SkiaSharp;

namespace CarPulse.Domain.Documents.Layout;

/// <summary>
/// The smallest piece of a laid-out document: a line of a paragraph, a table row, a chart. A slice is
/// never split across pages. <see cref="Draw"/> receives the rectangle the slice was given on its page.
/// </summary>
public sealed record Slice(float Height, Action<SKCanvas, SKRect> Draw)
{
    /// <summary>Gap above the slice; dropped at the top of a page, where it would only push content down.</summary>
    public float SpaceBefore { get; init; }

    /// <summary>The next slice must start on the same page (a heading and what it heads, a table header and its first row).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Drawn first when this slice opens a page: a table's header row above a continued table.</summary>
    public Slice? RepeatedHeader { get; init; }
}
