using CarPulse.Domain.Documents.Layout;
using ScottPlot;
using SkiaSharp;

namespace CarPulse.Domain.Documents.Charts;

/// <summary>
/// Hands ScottPlot the very typefaces the text uses (<see cref="DocumentFonts"/>), so a chart's labels embed no font
/// of their own. The family name is ours alone, so no installed system font can answer for it.
/// </summary>
internal sealed class ChartFonts : IFontResolver
{
    public const string Family = "CarPulse DejaVu Sans";

    // ScottPlot's resolver list is global and not thread-safe: it is changed once, before the first chart is drawn.
    private static readonly Lazy<bool> Registered = new(() =>
    {
        Fonts.FontResolvers.Insert(0, new ChartFonts());
        return true;
    });

    private ChartFonts()
    {
    }

    public static void EnsureRegistered() => _ = Registered.Value;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        fontName == Family ? (bold ? DocumentFonts.Bold : DocumentFonts.Regular) : null;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
        CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);
}
