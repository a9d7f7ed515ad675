namespace CarPulse.Domain.Documents.Layout;

/// <summary>
/// Blocks that start on the same page and stay on it, such as a short address or a chart with its
/// caption, when they fit on one page at all; a group taller than a page flows like any other blocks.
/// </summary>
public sealed record KeepTogether(IReadOnlyList<IBlock> Blocks) : IBlock
{
    public IEnumerable<Slice> Layout(LayoutContext context)
    {
        var slices = Blocks.SelectMany(block => block.Layout(context)).ToList();

        // The last slice keeps its own choice: a group ending in a heading still holds on to what follows.
        return slices.Select((slice, index) => index < slices.Count - 1 ? slice with { KeepWithNext = true } : slice);
    }
}
