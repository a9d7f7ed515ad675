using System.Collections.Concurrent;
using CarPulse.Domain;
using CarPulse.Domain.LiveUpdates;

namespace CarPulse.Web.Features.Checkout;

/// <summary>Who made a change: one per circuit, so a screen is not told about its own changes, on whichever node it is.</summary>
public sealed class ChangeOrigin
{
    public Guid Id { get; } = Guid.NewGuid();
}

/// <summary>
/// Tells every screen watching an order that it changed elsewhere (the phone opened by QR changes the package or
/// pays; the car screen follows), on every node: changes travel over the <see cref="IEventBus"/>. Orders are keyed by
/// a hash of the session id, so the bearer secret never travels between nodes.
/// </summary>
public sealed class OrderChangeFeed : IDisposable
{
    private static readonly EventTopic<OrderChanged> Topic = new("order-changes");

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Subscription, byte>> _watchers = new(StringComparer.Ordinal);
    private readonly IEventBus _bus;
    private readonly IDisposable _subscription;

    public OrderChangeFeed(IEventBus bus)
    {
        _bus = bus;
        _subscription = bus.Subscribe(Topic, Notify);
    }

    public IDisposable Watch(string sessionId, ChangeOrigin origin, Func<Task> changedElsewhere)
    {
        var subscription = new Subscription(this, BearerSecret.Hash(sessionId), origin.Id, changedElsewhere);
        _watchers.GetOrAdd(subscription.OrderKey, _ => new()).TryAdd(subscription, 0);
        return subscription;
    }

    public void Publish(string sessionId, ChangeOrigin origin) => _bus.Publish(Topic, new OrderChanged(BearerSecret.Hash(sessionId), origin.Id));

    public void Dispose() => _subscription.Dispose();

    private void Notify(OrderChanged change)
    {
        if (!_watchers.TryGetValue(change.OrderKey, out var watchers))
        {
            return;
        }

        foreach (var watcher in watchers.Keys.Where(watcher => watcher.Origin != change.Origin))
        {
            _ = watcher.Notify();
        }
    }

    private sealed record OrderChanged(string OrderKey, Guid Origin);

    private sealed class Subscription(OrderChangeFeed feed, string orderKey, Guid origin, Func<Task> changed) : IDisposable
    {
        public string OrderKey => orderKey;

        public Guid Origin => origin;

        public Task Notify() => changed();

        public void Dispose()
        {
            if (feed._watchers.TryGetValue(orderKey, out var watchers))
            {
                watchers.TryRemove(this, out _);
            }
        }
    }
}
