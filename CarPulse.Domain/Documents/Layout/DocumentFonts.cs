using SkiaSharp;

namespace CarPulse.Domain.Documents.Layout;

/// <summary>
/// The two typefaces every PDF uses, loaded once from the assembly. Typefaces are immutable and safe
/// to share between threads; fonts and paints built on them are not, so each render makes its own.
/// Using these same instances everywhere (text, charts) is what makes each font embedded only once.
/// </summary>
public static class DocumentFonts
{
    public static SKTypeface Regular { get; } = Load("DejaVuSans.ttf");

    public static SKTypeface Bold { get; } = Load("DejaVuSans-Bold.ttf");

    private static SKTypeface Load(string fileName)
    {
        var name = $"CarPulse.Domain.Documents.Fonts.{fileName}";
        using var resource = typeof(DocumentFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font resource {name} is missing from the assembly.");
        using var bytes = new MemoryStream();
        resource.CopyTo(bytes);

        // A native memory stream owns a copy of the bytes, so the typeface never reads from a managed
        // stream that another thread (or the garbage collector) could be touching.
        return SKTypeface.FromStream(new SKMemoryStream(bytes.ToArray()))
            ?? throw new InvalidOperationException($"The font resource {name} is not a font Skia can read.");
    }
}
