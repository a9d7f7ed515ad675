namespace CarPulse.Web.Hosting;

/// <summary>The one-node <see cref="IRateLimitStore"/>: counters in this process, forgotten on restart.</summary>
public sealed class InMemoryRateLimitStore(TimeProvider clock) : IRateLimitStore
{
    // Keys come from client addresses and order ids; ended windows must not pile up under a scripted attack.
    private const int PruneAbove = 10_000;

    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public ValueTask<RateLimitDecision> TryTakeAsync(IReadOnlyCollection<string> keys, int limit, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            Prune(now);
            var current = keys.Select(key => (Key: key, Window: _windows.TryGetValue(key, out var open) && open.Ends > now ? open : new Window(now + window, 0))).ToList();
            var spent = current.Where(entry => entry.Window.Count >= limit).ToList();
            if (spent.Count > 0)
            {
                return ValueTask.FromResult(new RateLimitDecision(false, spent.Max(entry => entry.Window.Ends) - now));
            }

            foreach (var (key, open) in current)
            {
                _windows[key] = open with { Count = open.Count + 1 };
            }

            return ValueTask.FromResult(RateLimitDecision.Allow);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        if (_windows.Count <= PruneAbove)
        {
            return;
        }

        foreach (var key in _windows.Where(entry => entry.Value.Ends <= now).Select(entry => entry.Key).ToList())
        {
            _windows.Remove(key);
        }
    }

    private sealed record Window(DateTimeOffset Ends, int Count);
}
