using SkiaSharp;

namespace CarPulse.Domain.Documents.Layout;

/// <summary>
/// A PDF made of blocks on A4 pages. Rendering lays every block out into pages first and draws them
/// second, so each footer knows the page count. Text stays text (selectable, searchable) in fonts
/// embedded once. The document holds no render state: one instance may be rendered from many threads.
/// </summary>
public sealed class PagedDocument(DocumentInfo info, PageFrame frame, IReadOnlyList<IBlock> blocks)
{
    private const string Maker = "CarPulse";

    public void WriteTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var text = new Typesetter();
        var body = PageGeometry.Body;
        var context = new LayoutContext(text, body.Width);
        var pages = Paginator.Paginate(blocks.SelectMany(block => block.Layout(context)).ToList(), body.Height);

        using var document = SKDocument.CreatePdf(output, Metadata());
        for (var index = 0; index < pages.Count; index++)
        {
            var canvas = document.BeginPage(PageGeometry.Width, PageGeometry.Height);
            PageChrome.Draw(canvas, text, frame, index + 1, pages.Count);
            DrawBody(canvas, pages[index], body);
            document.EndPage();
        }

        document.Close();
    }

    public byte[] ToBytes()
    {
        using var output = new MemoryStream();
        WriteTo(output);
        return output.ToArray();
    }

    private static void DrawBody(SKCanvas canvas, IReadOnlyList<PlacedSlice> page, SKRect body)
    {
        canvas.Save();
        canvas.ClipRect(body);
        foreach (var placed in page)
        {
            var top = body.Top + placed.Top;
            placed.Slice.Draw(canvas, new SKRect(body.Left, top, body.Right, top + placed.Slice.Height));
        }

        canvas.Restore();
    }

    private SKDocumentPdfMetadata Metadata() => new()
    {
        Title = info.Title,
        Subject = info.Subject,
        Author = Maker,
        Creator = Maker,

        // Skia writes a date's zone from its Kind; UTC keeps the output the same on every machine.
        Creation = info.CreatedAt.UtcDateTime,
        Modified = info.ModifiedAt.UtcDateTime,
        RasterDpi = SKDocument.DefaultRasterDpi,
    };
}
