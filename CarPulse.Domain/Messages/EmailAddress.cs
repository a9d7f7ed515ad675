using System.Net.Mail;
using System.Text.RegularExpressions;

namespace CarPulse.Domain.Messages;

/// <summary>
/// A customer's email address as we store and compare it: trimmed and lower-case, so "find my order" finds an order
/// whatever case the address was typed in. Personal data: kept with the order's payment, erased with the order's data,
/// never logged.
/// </summary>
public static partial class EmailAddress
{
    /// <summary>RFC 5321's limit on a forward path.</summary>
    public const int MaxLength = 254;

    /// <summary>The address in its stored form, or null when <paramref name="value"/> is not one address a shop can mail.</summary>
    public static string? Normalise(string? value)
    {
        var candidate = value?.Trim();
        if (string.IsNullOrEmpty(candidate) || candidate.Length > MaxLength
            || !MailAddress.TryCreate(candidate, out var parsed)
            || !string.Equals(parsed.Address, candidate, StringComparison.Ordinal)
            || parsed.Host.Length == 0 || !parsed.Host.Contains('.', StringComparison.Ordinal) || parsed.Host.EndsWith('.'))
        {
            return null;
        }

        return candidate.ToLowerInvariant();
    }

    /// <exception cref="InputInvalid">When <paramref name="value"/> is not an email address; the message does not repeat it.</exception>
    public static string Parse(string? value, string field) =>
        Normalise(value) ?? throw new InputInvalid(field, "Enter an email address such as name@example.com.");

    /// <summary>The address as the back office lists it: enough to recognise, not to harvest.</summary>
    public static string Masked(string? address)
    {
        if (string.IsNullOrEmpty(address))
        {
            return "–";
        }

        var at = address.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? "***" : $"{address[0]}***{address[at..]}";
    }

    /// <summary>A mail server's answer with any address in it replaced: it is stored and logged, the address must not be.</summary>
    public static string Scrub(string text) => AnyAddress().Replace(text, "<address>");

    [GeneratedRegex(@"[^\s<>""'@,;:]+@[^\s<>""'@,;:]+")]
    private static partial Regex AnyAddress();
}
