namespace CarPulse.Domain.Documents.Layout;

/// <summary>A thin horizontal rule across the page body, with a little space around it.</summary>
public sealed record Divider : IBlock
{
    private const float Height = 13;

    public IEnumerable<Slice> Layout(LayoutContext context) =>
        [new Slice(Height, (canvas, area) => context.Text.DrawRule(canvas, area.Left, area.Right, area.MidY, DocumentStyles.Rule))];
}
