namespace CarPulse.Domain.Documents.Layout;

/// <summary>
/// The PDF's metadata. Dates come from the caller (the order's or report's own time), never from the
/// clock, so the same input gives the same document.
/// </summary>
public sealed record DocumentInfo(string Title, DateTimeOffset CreatedAt)
{
    public string? Subject { get; init; }

    public DateTimeOffset ModifiedAt { get; init; } = CreatedAt;
}
