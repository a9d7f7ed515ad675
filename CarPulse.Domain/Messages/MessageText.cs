using System.Globalization;
using System.Resources;

namespace CarPulse.Domain.Messages;

/// <summary>
/// The messages' own text, translated in <c>MessageText.fi.resx</c> and <c>MessageText.sv.resx</c>; keys are the English
/// text. Messages are composed by a background sender, so the culture is always passed in, never taken from the thread.
/// </summary>
internal static class MessageText
{
    private static readonly ResourceManager Resources = new(typeof(MessageText));

    public static string Get(string english, CultureInfo culture) => Resources.GetString(english, culture) ?? english;

    public static string Format(string english, CultureInfo culture, params object[] arguments) =>
        string.Format(culture, Get(english, culture), arguments);
}
