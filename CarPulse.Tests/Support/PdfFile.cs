using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CarPulse.Tests.Support;

/// <summary>A generated PDF read back with PdfPig, as a reader (or a screen reader) would see its text.</summary>
public sealed class PdfFile : IDisposable
{
    private readonly PdfDocument _document;

    public PdfFile(byte[] bytes)
    {
        Bytes = bytes;
        _document = PdfDocument.Open(bytes);
        Pages = _document.GetPages().ToList();
    }

    public byte[] Bytes { get; }

    public DocumentInformation Information => _document.Information;

    public IReadOnlyList<Page> Pages { get; }

    /// <summary>The page's lines top to bottom, words left to right joined by one space ("VAT 25.5 % €10.16").</summary>
    public static IReadOnlyList<string> Lines(Page page)
    {
        var lines = new List<List<Word>>();
        foreach (var word in page.GetWords().OrderByDescending(Baseline))
        {
            if (lines.Count > 0 && Math.Abs(Baseline(lines[^1][0]) - Baseline(word)) < 1)
            {
                lines[^1].Add(word);
            }
            else
            {
                lines.Add([word]);
            }
        }

        return lines.Select(line => string.Join(' ', line.OrderBy(word => word.BoundingBox.Left).Select(word => word.Text))).ToList();
    }

    public IReadOnlyList<string> AllLines() => Pages.SelectMany(Lines).ToList();

    public void Dispose() => _document.Dispose();

    private static double Baseline(Word word) => word.Letters[0].StartBaseLine.Y;
}
