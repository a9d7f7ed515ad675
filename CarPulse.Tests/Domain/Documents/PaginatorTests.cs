using CarPulse.Domain.Documents.Layout;
using SkiaSharp;

namespace CarPulse.Tests.Domain.Documents;

public sealed class PaginatorTests : IDisposable
{
    private const float PageHeight = 100;

    // Each test slice "draws" its name here, which is how a test tells the slices on a page apart.
    private readonly SKNoDrawCanvas _canvas = new(1, 1);
    private readonly List<string> _drawn = [];

    [Fact]
    public void Slices_fill_a_page_and_continue_on_the_next()
    {
        var pages = Paginator.Paginate([Line(40, "a"), Line(40, "b"), Line(40, "c")], PageHeight);

        Assert.Equal([["a", "b"], ["c"]], Names(pages));
        Assert.Equal([0f, 40f], pages[0].Select(placed => placed.Top));
    }

    [Fact]
    public void A_heading_that_would_end_a_page_moves_to_the_next_page_with_what_follows()
    {
        var pages = Paginator.Paginate([Line(70, "text"), Line(15, "heading") with { KeepWithNext = true }, Line(20, "first line")], PageHeight);

        Assert.Equal([["text"], ["heading", "first line"]], Names(pages));
    }

    [Fact]
    public void Space_before_a_slice_is_dropped_at_the_top_of_a_page()
    {
        var pages = Paginator.Paginate([Line(90, "a"), Line(20, "b") with { SpaceBefore = 30 }], PageHeight);

        Assert.Equal(0f, pages[1][0].Top);
    }

    [Fact]
    public void A_row_that_opens_a_page_brings_its_repeated_header_above_it()
    {
        var header = Line(10, "header");
        var rows = Enumerable.Range(1, 6).Select(i => Line(30, $"row {i}") with { RepeatedHeader = header });

        var pages = Paginator.Paginate([header with { KeepWithNext = true }, .. rows], PageHeight);

        Assert.Equal([["header", "row 1", "row 2", "row 3"], ["header", "row 4", "row 5", "row 6"]], Names(pages));
        Assert.Equal([0f, 10f], pages[1].Take(2).Select(placed => placed.Top));
    }

    [Fact]
    public void A_kept_together_run_taller_than_a_page_flows_instead_of_taking_a_page_per_line()
    {
        var run = Enumerable.Range(1, 12).Select(i => Line(20, $"line {i}") with { KeepWithNext = i < 12 });

        var pages = Paginator.Paginate([Line(30, "before"), .. run], PageHeight);

        Assert.Equal([4, 5, 4], pages.Select(page => page.Count));
    }

    [Fact]
    public void A_slice_taller_than_a_page_gets_a_page_of_its_own()
    {
        var pages = Paginator.Paginate([Line(10, "a"), Line(150, "chart"), Line(10, "b")], PageHeight);

        Assert.Equal([["a"], ["chart"], ["b"]], Names(pages));
    }

    [Fact]
    public void No_slices_still_make_one_page()
    {
        Assert.Single(Paginator.Paginate([], PageHeight));
    }

    public void Dispose() => _canvas.Dispose();

    private Slice Line(float height, string name) => new(height, (_, _) => _drawn.Add(name));

    private List<List<string>> Names(IReadOnlyList<IReadOnlyList<PlacedSlice>> pages)
    {
        _drawn.Clear();
        return pages.Select(page =>
        {
            foreach (var placed in page)
            {
                placed.Slice.Draw(_canvas, SKRect.Empty);
            }

            var names = _drawn.ToList();
            _drawn.Clear();
            return names;
        }).ToList();
    }
}
