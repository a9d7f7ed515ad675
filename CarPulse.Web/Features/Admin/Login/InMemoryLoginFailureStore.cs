using System.Collections.Concurrent;

namespace CarPulse.Web.Features.Admin.Login;

/// <summary>The one-node <see cref="ILoginFailureStore"/>: counts in this process, forgotten on restart.</summary>
public sealed class InMemoryLoginFailureStore(TimeProvider clock) : ILoginFailureStore
{
    // Random usernames and addresses from a scripted attack must not grow the table without bound.
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, FailedLogins> _failures = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public ValueTask<IReadOnlyList<int>> AddAsync(IReadOnlyList<string> keys, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            Prune(now, lifetime);
            IReadOnlyList<int> counts = keys.Select(key => _failures.AddOrUpdate(
                key,
                _ => new FailedLogins(1, now),
                (_, failures) => new FailedLogins(IsForgotten(failures, now, lifetime) ? 1 : failures.Count + 1, now)).Count).ToList();
            return ValueTask.FromResult(counts);
        }
    }

    public ValueTask<IReadOnlyList<int>> CountAsync(IReadOnlyList<string> keys, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        IReadOnlyList<int> counts = keys
            .Select(key => _failures.TryGetValue(key, out var failures) && !IsForgotten(failures, now, lifetime) ? failures.Count : 0)
            .ToList();
        return ValueTask.FromResult(counts);
    }

    public ValueTask ForgetAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            _failures.TryRemove(key, out _);
        }

        return ValueTask.CompletedTask;
    }

    private static bool IsForgotten(FailedLogins failures, DateTimeOffset now, TimeSpan lifetime) => now - failures.LastFailure >= lifetime;

    private void Prune(DateTimeOffset now, TimeSpan lifetime)
    {
        if (_failures.Count <= PruneAbove)
        {
            return;
        }

        foreach (var (key, failures) in _failures)
        {
            if (IsForgotten(failures, now, lifetime))
            {
                _failures.TryRemove(key, out _);
            }
        }
    }

    private sealed record FailedLogins(int Count, DateTimeOffset LastFailure);
}
