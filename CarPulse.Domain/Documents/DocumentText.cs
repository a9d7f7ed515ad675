using System.Globalization;
using System.Resources;

namespace CarPulse.Domain.Documents;

/// <summary>
/// The PDFs' own text, translated in <c>DocumentText.fi.resx</c> and <c>DocumentText.sv.resx</c>. As in
/// the web project, keys are the English text, so a missing translation falls back to English. The
/// PDFs are made outside any request, so the culture is always passed in, never taken from the thread.
/// </summary>
internal static class DocumentText
{
    private static readonly ResourceManager Resources = new(typeof(DocumentText));

    public static string Get(string english, CultureInfo culture) => Resources.GetString(english, culture) ?? english;

    public static string Format(string english, CultureInfo culture, params object[] arguments) =>
        string.Format(culture, Get(english, culture), arguments);
}
