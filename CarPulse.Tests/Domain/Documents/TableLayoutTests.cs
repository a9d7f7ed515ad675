using System.Text.RegularExpressions;
using CarPulse.Domain.Documents.Layout;
using CarPulse.Tests.Support;

namespace CarPulse.Tests.Domain.Documents;

public sealed partial class TableLayoutTests
{
    private const string HeaderLine = "Session Place Energy";

    [Fact]
    public void A_200_row_table_continues_over_several_pages_with_its_header_on_top_of_each()
    {
        using var pdf = new PdfFile(LayoutDocuments.Render(new Heading("Charging sessions"), LayoutDocuments.Sessions(200)));

        Assert.True(pdf.Pages.Count >= 3, $"200 rows fit on {pdf.Pages.Count} pages");
        Assert.All(pdf.Pages, page =>
        {
            var lines = PdfFile.Lines(page);
            Assert.Single(lines, line => line == HeaderLine);
            var firstRow = lines.ToList().FindIndex(line => line.StartsWith("Row ", StringComparison.Ordinal));
            Assert.True(firstRow > lines.ToList().IndexOf(HeaderLine), $"page {page.Number} has a row above its header");
        });
    }

    [Fact]
    public void Every_row_of_a_200_row_table_appears_exactly_once()
    {
        using var pdf = new PdfFile(LayoutDocuments.Render(LayoutDocuments.Sessions(200)));

        var rows = pdf.AllLines().Select(line => RowLine().Match(line)).Where(match => match.Success).Select(match => int.Parse(match.Groups[1].Value)).ToList();

        Assert.Equal(Enumerable.Range(1, 200), rows);
    }

    [Fact]
    public void Amounts_line_up_on_the_right_edge_of_the_table()
    {
        using var pdf = new PdfFile(LayoutDocuments.Render(LayoutDocuments.Sessions(12)));

        var rightEdges = pdf.Pages[0].GetWords().Where(word => word.Text == "kWh").Select(word => Math.Round(word.BoundingBox.Right)).Distinct();

        Assert.Single(rightEdges);
    }

    [Fact]
    public void A_row_is_never_split_between_two_pages()
    {
        using var pdf = new PdfFile(LayoutDocuments.Render(LayoutDocuments.Sessions(150, twoLineRows: true)));

        var pageOfLine = pdf.Pages.SelectMany(page => PdfFile.Lines(page).Select(line => (line, page.Number))).ToList();
        Assert.True(pdf.Pages.Count >= 3);
        Assert.All(Enumerable.Range(1, 150), i =>
        {
            var first = pageOfLine.Single(entry => entry.line.StartsWith($"Row {i} ", StringComparison.Ordinal)).Number;
            var second = pageOfLine.Single(entry => entry.line == $"second line {i}").Number;
            Assert.Equal(first, second);
        });
    }

    [Fact]
    public void The_header_row_is_never_left_alone_at_the_foot_of_a_page()
    {
        Assert.All(LayoutDocuments.FillersReachingThePageFoot(), filler =>
        {
            using var pdf = new PdfFile(LayoutDocuments.Render(filler, LayoutDocuments.Sessions(3)));

            var lines = PdfFile.Lines(pdf.Pages.First(page => PdfFile.Lines(page).Contains(HeaderLine))).ToList();
            Assert.Equal("Row 1 Place 1 3 kWh", lines[lines.IndexOf(HeaderLine) + 1]);
        });
    }

    [Fact]
    public void Each_footer_numbers_its_page_out_of_the_total()
    {
        using var pdf = new PdfFile(LayoutDocuments.Render(LayoutDocuments.Sessions(200)));

        var count = pdf.Pages.Count;
        Assert.Contains($"Page 2 of {count}", PdfFile.Lines(pdf.Pages[1]));
        Assert.All(pdf.Pages, page => Assert.Contains($"Page {page.Number} of {count}", PdfFile.Lines(page)));
    }

    [Fact]
    public void No_letter_of_a_long_table_lies_outside_the_page_margins()
    {
        using var pdf = new PdfFile(LayoutDocuments.Render(new Heading("Charging sessions"), LayoutDocuments.Sessions(200, twoLineRows: true)));

        PageMargins.AssertEveryLetterInside(pdf);
    }

    [GeneratedRegex(@"^Row (\d+) Place \1 \d+ kWh$")]
    private static partial Regex RowLine();
}
