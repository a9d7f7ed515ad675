using System.Globalization;
using System.Text;
using CarPulse.Domain.Documents.Layout;
using CarPulse.Tests.Support;
using SkiaSharp;

namespace CarPulse.Tests.Domain.Documents;

public sealed class PagedDocumentTests
{
    [Fact]
    public void The_pdf_opens_with_A4_pages_and_the_title_author_and_dates_it_was_given()
    {
        using var pdf = new PdfFile(LayoutDocuments.Render(new Paragraph("Hello")));

        var page = Assert.Single(pdf.Pages);
        Assert.Equal((595d, 842d), (page.Width, page.Height));
        Assert.Equal(("Layout test", "CarPulse", "CarPulse"), (pdf.Information.Title, pdf.Information.Author, pdf.Information.Creator));
        Assert.Equal(LayoutDocuments.CreatedAt, pdf.Information.GetCreatedDateTimeOffset());
        Assert.Equal(LayoutDocuments.CreatedAt, pdf.Information.GetModifiedDateTimeOffset());
    }

    [Fact]
    public void Both_fonts_are_embedded_once_and_every_character_drawn_can_be_read_back()
    {
        const string text = "Akun kunto 93 % · Ladattu 48,2 kWh · Hinta 12,40 € · Åland ✓ ▲ → “quoted” – ÄÖÜ ß";
        using var pdf = new PdfFile(LayoutDocuments.Render(new Heading("Ladattu energia"), new Paragraph(text)));

        var fonts = pdf.Pages[0].Letters.Select(letter => letter.FontName).Distinct().Order().ToList();
        Assert.Equal(2, fonts.Count);
        Assert.All(fonts, font => Assert.Matches(@"^[A-Z]{6}\+DejaVuSans(-Bold)?$", font));
        Assert.Equal(2, Occurrences(pdf.Bytes, "/FontFile2"));
        Assert.Contains(text, pdf.AllLines());
    }

    [Fact]
    public void A_long_unbroken_word_wraps_inside_the_margins_without_losing_a_character()
    {
        var token = string.Concat(Enumerable.Range(0, 60).Select(i => $"{i:D2}abcdefgh"));
        using var pdf = new PdfFile(LayoutDocuments.Render(new Paragraph($"Link: https://carpulse.fi/verify/{token} ends here.")));

        var body = PdfFile.Lines(pdf.Pages[0]).Where(line => line.StartsWith("Link:", StringComparison.Ordinal) || line.Contains("abcdefgh", StringComparison.Ordinal)).ToList();
        Assert.True(body.Count >= 4, $"the paragraph took {body.Count} lines");
        Assert.Equal($"Link:https://carpulse.fi/verify/{token}endshere.", string.Concat(body).Replace(" ", string.Empty, StringComparison.Ordinal));
        PageMargins.AssertEveryLetterInside(pdf);
    }

    [Fact]
    public void Page_numbers_are_in_the_document_language()
    {
        using var finnish = new PdfFile(LayoutDocuments.Render(CultureInfo.GetCultureInfo("fi"), LayoutDocuments.Sessions(120)));
        using var swedish = new PdfFile(LayoutDocuments.Render(CultureInfo.GetCultureInfo("sv"), LayoutDocuments.Sessions(120)));

        Assert.Contains($"Sivu 2/{finnish.Pages.Count}", PdfFile.Lines(finnish.Pages[1]));
        Assert.Contains($"Sida 2 av {swedish.Pages.Count}", PdfFile.Lines(swedish.Pages[1]));
    }

    [Fact]
    public void A_canvas_block_draws_in_its_own_area_and_moves_to_the_next_page_when_it_does_not_fit()
    {
        var areas = new List<SKRect>();
        var chart = new CanvasBlock(240, (_, area) => areas.Add(area));

        LayoutDocuments.Render(chart, chart, chart);

        Assert.Equal(3, areas.Count);
        Assert.All(areas, area => Assert.Equal((240f, 595f - 84f), (area.Height, area.Width)));
        Assert.True(areas[1].Top > areas[0].Bottom, "the second chart sits below the first");
        Assert.True(areas[2].Top < areas[1].Top, "the third chart starts the next page");
    }

    [Fact]
    public void A_heading_is_never_the_last_thing_on_a_page()
    {
        Assert.All(LayoutDocuments.FillersReachingThePageFoot(), filler =>
        {
            using var pdf = new PdfFile(LayoutDocuments.Render(filler, new Heading("Warranty"), new Paragraph("Basic vehicle warranty until 2028.")));

            var lines = PdfFile.Lines(pdf.Pages.Single(page => PdfFile.Lines(page).Contains("Warranty"))).ToList();
            Assert.Equal("Basic vehicle warranty until 2028.", lines[lines.IndexOf("Warranty") + 1]);
        });
    }

    [Fact]
    public void A_keep_together_group_starts_a_new_page_rather_than_being_split()
    {
        var address = new KeepTogether([new Paragraph("CarPulse Oy"), new Paragraph("Esimerkkikatu 1\n00100 Helsinki\nFinland")]);
        Assert.All(LayoutDocuments.FillersReachingThePageFoot(), filler =>
        {
            using var pdf = new PdfFile(LayoutDocuments.Render(filler, address));

            var page = Assert.Single(pdf.Pages, page => PdfFile.Lines(page).Contains("CarPulse Oy"));
            Assert.Contains("Finland", PdfFile.Lines(page));
        });
    }

    [Fact]
    public void Documents_rendered_on_many_threads_at_once_are_whole_and_identical()
    {
        var document = new PagedDocument(
            new DocumentInfo("Parallel", LayoutDocuments.CreatedAt),
            new PageFrame("CarPulse", "Parallel", CultureInfo.GetCultureInfo("en")),
            [new Heading("Sessions"), LayoutDocuments.Sessions(60), new KeyValueGrid([new("Odometer", "48 210 km"), new("Software", "2026.44.1")])]);
        var expected = document.ToBytes();

        var renders = new byte[24][];
        Parallel.For(0, renders.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => renders[i] = document.ToBytes());

        Assert.All(renders, bytes => Assert.Equal(expected, bytes));
        using var pdf = new PdfFile(renders[^1]);
        Assert.Contains("Row 60 Place 60 180 kWh", pdf.AllLines());
    }

    private static int Occurrences(byte[] bytes, string text)
    {
        var content = Encoding.Latin1.GetString(bytes);
        var count = 0;
        for (var at = content.IndexOf(text, StringComparison.Ordinal); at >= 0; at = content.IndexOf(text, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
