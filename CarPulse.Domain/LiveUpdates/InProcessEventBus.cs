using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace CarPulse.Domain.LiveUpdates;

/// <summary>The one-node <see cref="IEventBus"/>: subscribers in this process, called on the publisher's thread.</summary>
public sealed partial class InProcessEventBus(ILogger<InProcessEventBus> log) : IEventBus
{
    private readonly ConcurrentDictionary<string, ImmutableList<Delegate>> _handlers = new(StringComparer.Ordinal);

    public void Publish<T>(EventTopic<T> topic, T message) => Deliver(topic, message);

    public IDisposable Subscribe<T>(EventTopic<T> topic, Action<T> handler)
    {
        _handlers.AddOrUpdate(topic.Name, _ => [handler], (_, handlers) => handlers.Add(handler));
        return new Subscription(() => _handlers.AddOrUpdate(topic.Name, _ => [], (_, handlers) => handlers.Remove(handler)));
    }

    /// <summary>Calls this node's subscribers; one that throws is logged and does not keep the message from the others.</summary>
    internal void Deliver<T>(EventTopic<T> topic, T message)
    {
        if (!_handlers.TryGetValue(topic.Name, out var handlers))
        {
            return;
        }

        foreach (var handler in handlers.Cast<Action<T>>())
        {
            try
            {
                handler(message);
            }
            catch (Exception exception)
            {
                LogHandlerFailed(log, exception, topic.Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A subscriber to {Topic} failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string topic);

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                unsubscribe();
            }
        }
    }
}
