namespace CarPulse.Domain.Documents.Layout;

/// <summary>A slice placed on a page, <see cref="Top"/> points below the top of the page body.</summary>
internal sealed record PlacedSlice(Slice Slice, float Top);

/// <summary>
/// Flows slices down pages of a given body height. A run of slices joined by
/// <see cref="Slice.KeepWithNext"/> moves to a new page as a whole when it does not fit, unless it is
/// taller than a page, in which case it flows like ordinary slices. A slice taller than a page gets a
/// page of its own and is clipped there.
/// </summary>
internal static class Paginator
{
    public static IReadOnlyList<IReadOnlyList<PlacedSlice>> Paginate(IReadOnlyList<Slice> slices, float bodyHeight)
    {
        var pages = new List<IReadOnlyList<PlacedSlice>>();
        var page = new List<PlacedSlice>();
        var used = 0f;
        var keptUntil = -1;
        for (var index = 0; index < slices.Count; index++)
        {
            var slice = slices[index];
            var needed = slice.Height;
            if (index > keptUntil)
            {
                // A new keep-together run starts here: decide once for the whole run.
                (keptUntil, var runHeight) = Run(slices, index);
                needed = runHeight <= bodyHeight ? runHeight : slice.Height;
            }

            if (used > 0 && used + slice.SpaceBefore + needed > bodyHeight)
            {
                pages.Add(page);
                (page, used) = ([], 0);
            }

            if (used <= 0 && slice.RepeatedHeader is { } header)
            {
                page.Add(new PlacedSlice(header, 0));
                used = header.Height;
            }

            var top = used > 0 ? used + slice.SpaceBefore : 0;
            page.Add(new PlacedSlice(slice, top));
            used = top + slice.Height;
        }

        pages.Add(page);
        return pages;
    }

    /// <summary>The last index of the keep-together run starting at <paramref name="start"/>, and its height.</summary>
    private static (int End, float Height) Run(IReadOnlyList<Slice> slices, int start)
    {
        var height = slices[start].Height;
        var end = start;
        while (slices[end].KeepWithNext && end + 1 < slices.Count)
        {
            end++;
            height += slices[end].SpaceBefore + slices[end].Height;
        }

        return (end, height);
    }
}
