using SkiaSharp;

namespace CarPulse.Domain.Documents.Layout;

/// <summary>
/// A fixed-height area across the page body for anything drawn directly, such as a chart or a QR
/// code, in vector form. <see cref="Draw"/> gets the area and may not draw outside it (it is clipped).
/// </summary>
public sealed record CanvasBlock(float Height, Action<SKCanvas, SKRect> Draw) : IBlock
{
    public float SpaceBefore { get; init; } = 8;

    public IEnumerable<Slice> Layout(LayoutContext context)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Height);
        return [new Slice(Height, Clipped) { SpaceBefore = SpaceBefore }];
    }

    private void Clipped(SKCanvas canvas, SKRect area)
    {
        // Save/restore also undoes any transform the drawing leaves behind.
        var saved = canvas.Save();
        canvas.ClipRect(area);
        Draw(canvas, area);
        canvas.RestoreToCount(saved);
    }
}
