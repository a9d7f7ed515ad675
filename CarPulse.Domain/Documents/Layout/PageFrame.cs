using System.Globalization;

namespace CarPulse.Domain.Documents.Layout;

/// <summary>
/// What every page carries around its body: a header with the brand and the document's title, and a
/// footer with an optional note and "Page X of Y" in <paramref name="Culture"/>.
/// </summary>
public sealed record PageFrame(string Brand, string Title, CultureInfo Culture)
{
    public string? FooterNote { get; init; }
}
