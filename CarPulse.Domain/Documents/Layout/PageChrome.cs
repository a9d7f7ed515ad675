using SkiaSharp;

namespace CarPulse.Domain.Documents.Layout;

/// <summary>Draws a <see cref="PageFrame"/> on one page once the number of pages is known.</summary>
internal static class PageChrome
{
    public static void Draw(SKCanvas canvas, Typesetter text, PageFrame frame, int pageNumber, int pageCount)
    {
        var printable = PageGeometry.Printable;
        var header = new SKRect(printable.Left, printable.Top, printable.Right, printable.Top + DocumentStyles.PageBrand.LineHeight);
        text.DrawLines(canvas, [frame.Brand], DocumentStyles.PageBrand, header);
        text.DrawLines(canvas, [frame.Title], DocumentStyles.PageTitle, header, SKTextAlign.Right);
        text.DrawRule(canvas, printable.Left, printable.Right, header.Bottom + 4, DocumentStyles.Rule);

        var footerStyle = DocumentStyles.PageFooter;
        var footer = new SKRect(printable.Left, printable.Bottom - footerStyle.LineHeight, printable.Right, printable.Bottom);
        text.DrawRule(canvas, printable.Left, printable.Right, footer.Top - 4, DocumentStyles.Rule);
        if (frame.FooterNote is { } note)
        {
            text.DrawLines(canvas, [note], footerStyle, footer);
        }

        var pageOf = DocumentText.Format("Page {0} of {1}", frame.Culture, pageNumber, pageCount);
        text.DrawLines(canvas, [pageOf], footerStyle, footer, SKTextAlign.Right);
    }
}
