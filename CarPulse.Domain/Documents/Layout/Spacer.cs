namespace CarPulse.Domain.Documents.Layout;

/// <summary>Extra space above whatever follows; like all space, it disappears at the top of a page.</summary>
public sealed record Spacer(float Height) : IBlock
{
    // Kept with the next slice: space is there for what follows, so it never ends a page on its own.
    public IEnumerable<Slice> Layout(LayoutContext context) =>
        [new Slice(0, static (_, _) => { }) { SpaceBefore = Height, KeepWithNext = true }];
}
