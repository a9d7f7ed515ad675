using SkiaSharp;

namespace CarPulse.Domain.Documents.Layout;

/// <summary>How a run of text looks: size in points, weight and colour. Line height follows from the size.</summary>
public sealed record TextStyle(float Size, bool Bold = false)
{
    public SKColor Color { get; init; } = DocumentStyles.Ink;

    /// <summary>Distance between baselines: a little air above the font's own ascent and descent.</summary>
    public float LineHeight => Size * 1.35f;
}
