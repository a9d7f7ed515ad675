using SkiaSharp;

namespace CarPulse.Domain.Documents.Layout;

/// <summary>The one look shared by every CarPulse PDF, so a receipt and a report read as one family.</summary>
public static class DocumentStyles
{
    public static SKColor Ink { get; } = new(0x1F, 0x29, 0x37);

    public static SKColor Muted { get; } = new(0x6B, 0x72, 0x80);

    public static SKColor Rule { get; } = new(0xD1, 0xD5, 0xDB);

    public static SKColor Shade { get; } = new(0xF3, 0xF4, 0xF6);

    public static SKColor Accent { get; } = new(0xC8, 0x10, 0x2E);

    public static TextStyle Body { get; } = new(10);

    public static TextStyle Strong { get; } = new(10, Bold: true);

    public static TextStyle Small { get; } = new(8.5f) { Color = Muted };

    public static TextStyle Label { get; } = new(9) { Color = Muted };

    public static TextStyle Heading1 { get; } = new(16, Bold: true);

    public static TextStyle Heading2 { get; } = new(12.5f, Bold: true);

    public static TextStyle TableHeader { get; } = new(9, Bold: true);

    public static TextStyle PageBrand { get; } = new(9, Bold: true) { Color = Accent };

    public static TextStyle PageTitle { get; } = new(9) { Color = Muted };

    public static TextStyle PageFooter { get; } = new(8) { Color = Muted };
}
