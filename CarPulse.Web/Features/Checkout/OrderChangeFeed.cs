using System.Collections.Concurrent;

namespace CarPulse.Web.Features.Checkout;

/// <summary>Who made a change: one per circuit, so a screen is not told about its own changes.</summary>
public sealed class ChangeOrigin;

/// <summary>
/// Tells every screen watching an order that it changed elsewhere (the phone opened by QR changes
/// the package; the car screen follows). In-process: with several nodes this becomes a backplane
/// (Redis pub/sub or SignalR), keyed the same way.
/// </summary>
public sealed class OrderChangeFeed
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Subscription, byte>> _watchers = new();

    public IDisposable Watch(string sessionId, ChangeOrigin origin, Func<Task> changedElsewhere)
    {
        var subscription = new Subscription(this, sessionId, origin, changedElsewhere);
        _watchers.GetOrAdd(sessionId, _ => new()).TryAdd(subscription, 0);
        return subscription;
    }

    public void Publish(string sessionId, ChangeOrigin origin)
    {
        if (!_watchers.TryGetValue(sessionId, out var watchers))
        {
            return;
        }

        foreach (var watcher in watchers.Keys.Where(watcher => watcher.Origin != origin))
        {
            _ = watcher.Notify();
        }
    }

    private sealed class Subscription(OrderChangeFeed feed, string sessionId, ChangeOrigin origin, Func<Task> changed) : IDisposable
    {
        public ChangeOrigin Origin => origin;

        public Task Notify() => changed();

        public void Dispose()
        {
            if (feed._watchers.TryGetValue(sessionId, out var watchers))
            {
                watchers.TryRemove(this, out _);
            }
        }
    }
}
