using CarPulse.Tests.Support;

namespace CarPulse.Tests.Domain.Documents;

/// <summary>The page margin every glyph must stay inside, header and footer included: 42 pt on A4.</summary>
internal static class PageMargins
{
    public const double Margin = 42;

    public static void AssertEveryLetterInside(PdfFile pdf)
    {
        // A hair of tolerance for the rounding in PdfPig's glyph boxes, not for layout slack.
        const double tolerance = 0.5;
        var outside = pdf.Pages
            .SelectMany(page => page.Letters
                .Where(letter => !string.IsNullOrWhiteSpace(letter.Value))
                .Where(letter =>
                    letter.BoundingBox.Left < Margin - tolerance || letter.BoundingBox.Right > page.Width - Margin + tolerance
                    || letter.BoundingBox.Bottom < Margin - tolerance || letter.BoundingBox.Top > page.Height - Margin + tolerance)
                .Select(letter => $"page {page.Number}: '{letter.Value}' at {letter.BoundingBox}"))
            .ToList();

        Assert.True(outside.Count == 0, string.Join('\n', outside.Take(10)));
    }
}
