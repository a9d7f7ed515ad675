using System.Globalization;
using System.Text.RegularExpressions;

namespace CarPulse.Domain.Documents;

/// <summary>Vehicle counts and price tiers in the document's language.</summary>
internal static partial class VehicleCountText
{
    public static string Vehicles(int count, CultureInfo culture) =>
        count == 1 ? DocumentText.Get("1 vehicle", culture) : DocumentText.Format("{0} vehicles", culture, count);

    /// <summary>
    /// Orders store a tier label as the English text of a <see cref="Pricing.TierLabel"/>; its shapes are
    /// translated here, and any other text is shown as it came.
    /// </summary>
    public static string Tier(string englishLabel, CultureInfo culture)
    {
        if (Range().Match(englishLabel) is { Success: true } range)
        {
            return DocumentText.Format("{0}–{1} vehicles", culture, range.Groups[1].Value, range.Groups[2].Value);
        }

        if (OpenEnded().Match(englishLabel) is { Success: true } openEnded)
        {
            return DocumentText.Format("{0}+ vehicles", culture, openEnded.Groups[1].Value);
        }

        return Exact().Match(englishLabel) is { Success: true } exact && int.TryParse(exact.Groups[1].Value, CultureInfo.InvariantCulture, out var count)
            ? Vehicles(count, culture)
            : englishLabel;
    }

    [GeneratedRegex(@"^(\d+)–(\d+) vehicles$")]
    private static partial Regex Range();

    [GeneratedRegex(@"^(\d+)\+ vehicles$")]
    private static partial Regex OpenEnded();

    [GeneratedRegex(@"^(\d+) vehicles?$")]
    private static partial Regex Exact();
}
