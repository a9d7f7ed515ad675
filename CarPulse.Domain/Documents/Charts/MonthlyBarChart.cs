using CarPulse.Domain.Documents.Layout;
using CarPulse.Domain.Reports.Sheet;
using ScottPlot;
using SkiaSharp;

namespace CarPulse.Domain.Documents.Charts;

/// <summary>
/// A <see cref="SheetChart"/> as ScottPlot bars drawn straight onto the page: vector bars, text labels in the
/// document's fonts, with its title above and kept on the same page.
/// </summary>
internal static class MonthlyBarChart
{
    private const float Height = 150;

    public static IBlock For(SheetChart chart) => new KeepTogether(
    [
        new Paragraph(chart.Title) { Style = DocumentStyles.Strong, SpaceBefore = 12 },
        new CanvasBlock(Height, (canvas, area) => Draw(canvas, area, chart)) { SpaceBefore = 2 },
    ]);

    private static void Draw(SKCanvas canvas, SKRect area, SheetChart chart)
    {
        ChartFonts.EnsureRegistered();
        using var plot = new Plot();
        plot.Font.Set(ChartFonts.Family);
        plot.FigureBackground.Color = Colors.Transparent;
        plot.Add.Bars(chart.Bars.Select((bar, index) => new Bar
        {
            Position = index,
            Value = bar.Value,
            FillColor = Color(DocumentStyles.Accent),
            LineWidth = 0,
            Size = 0.7,
        }).ToList());

        var labels = chart.Bars.Select(bar => bar.Label).ToArray();
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, labels.Length).Select(index => (double)index)], labels);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Left.Label.Text = chart.Unit;
        plot.Axes.Margins(bottom: 0);
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.Grid.MajorLineColor = Color(DocumentStyles.Rule);
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontSize = 7.5f;
            axis.TickLabelStyle.ForeColor = Color(DocumentStyles.Muted);
            axis.Label.FontSize = 8;
            axis.Label.ForeColor = Color(DocumentStyles.Muted);
            axis.FrameLineStyle.Color = Color(DocumentStyles.Rule);
        }

        // ScottPlot draws a plot's first render twice (it measures its tick labels, then lays out again), which on a PDF
        // page would leave every label and bar in the file twice: the first render goes to a canvas that keeps nothing.
        var rectangle = new PixelRect(area.Left, area.Right, area.Bottom, area.Top);
        using (var settle = new SKNoDrawCanvas((int)Math.Ceiling(area.Right), (int)Math.Ceiling(area.Bottom)))
        {
            plot.Render(settle, rectangle);
        }

        plot.Render(canvas, rectangle);
    }

    private static ScottPlot.Color Color(SKColor color) => new(color.Red, color.Green, color.Blue, color.Alpha);
}
