namespace CarPulse.Domain.Documents.Layout;

/// <summary>Something a document is made of (a heading, a table, a chart), laid out into slices for the page width.</summary>
public interface IBlock
{
    IEnumerable<Slice> Layout(LayoutContext context);
}

/// <summary>What a block lays itself out with: this render's typesetter and the width of the page body in points.</summary>
public sealed record LayoutContext(Typesetter Text, float Width);
