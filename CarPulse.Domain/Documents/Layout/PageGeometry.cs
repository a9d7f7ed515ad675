using SkiaSharp;

namespace CarPulse.Domain.Documents.Layout;

/// <summary>
/// A4 portrait in points. Everything, page header and footer included, stays inside the margins;
/// the body is what is left between the header band and the footer band.
/// </summary>
internal static class PageGeometry
{
    public const float Width = 595;
    public const float Height = 842;
    public const float Margin = 42;
    public const float HeaderBand = 30;
    public const float FooterBand = 26;

    public static SKRect Printable { get; } = new(Margin, Margin, Width - Margin, Height - Margin);

    public static SKRect Body { get; } = new(Printable.Left, Printable.Top + HeaderBand, Printable.Right, Printable.Bottom - FooterBand);
}
