using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CarPulse.Domain.LiveUpdates;

/// <summary>
/// The many-node <see cref="IEventBus"/> on Redis pub/sub: one channel per topic. This node's subscribers hear a
/// message at once, as on one node, so a Redis outage never silences a screen on the node where the change happened;
/// the other nodes hear it through Redis, in the order it was sent. While Redis is away the other nodes miss messages
/// (logged); the connection comes back by itself and so do the subscriptions.
/// </summary>
public sealed partial class RedisEventBus(IConnectionMultiplexer redis, ILogger<RedisEventBus> log, ILogger<InProcessEventBus> localLog) : IEventBus, IDisposable
{
    public const string ChannelPrefix = "carpulse:events:";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan ListenRetryDelay = TimeSpan.FromSeconds(1);

    // Messages from Redis that this node sent itself were delivered here already.
    private readonly Guid _node = Guid.NewGuid();
    private readonly InProcessEventBus _local = new(localLog);
    private readonly ConcurrentDictionary<string, Lazy<Task>> _bridges = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();

    public void Publish<T>(EventTopic<T> topic, T message)
    {
        _local.Deliver(topic, message);
        _ = SendAsync(topic.Name, JsonSerializer.SerializeToUtf8Bytes(new Envelope<T>(_node, message), Json));
    }

    public IDisposable Subscribe<T>(EventTopic<T> topic, Action<T> handler)
    {
        _ = _bridges.GetOrAdd(topic.Name, _ => new Lazy<Task>(() => BridgeAsync(topic))).Value;
        return _local.Subscribe(topic, handler);
    }

    private async Task SendAsync(string topic, byte[] payload)
    {
        try
        {
            await redis.GetSubscriber().PublishAsync(Channel(topic), payload);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogSendFailed(log, exception, topic);
        }
    }

    /// <summary>
    /// Listens on the topic's channel for this node's subscribers, trying again until Redis takes the subscription (the
    /// node may start while Redis is away); after that the connection restores it by itself after an outage. A message
    /// queue hands messages over one at a time, in order: progress must not arrive as "done" before "fetching".
    /// </summary>
    private async Task BridgeAsync<T>(EventTopic<T> topic)
    {
        for (var attempt = 1; !_stopping.IsCancellationRequested; attempt++)
        {
            try
            {
                var queue = await redis.GetSubscriber().SubscribeAsync(Channel(topic.Name));
                queue.OnMessage(message => Receive(topic, message.Message));
                return;
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                if (attempt == 1)
                {
                    LogListenFailed(log, exception, topic.Name);
                }
            }

            // Real time, as the connection's own reconnects: a test's stopped clock must not keep the nodes apart.
            await Task.Delay(ListenRetryDelay, _stopping.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private void Receive<T>(EventTopic<T> topic, RedisValue value)
    {
        Envelope<T>? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<Envelope<T>>((byte[])value!, Json);
        }
        catch (JsonException exception)
        {
            LogUnreadable(log, exception, topic.Name);
            return;
        }

        if (envelope is not null && envelope.Node != _node)
        {
            _local.Deliver(topic, envelope.Message);
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private static RedisChannel Channel(string topic) => RedisChannel.Literal(ChannelPrefix + topic);

    private sealed record Envelope<T>(Guid Node, T Message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send a {Topic} message to the other nodes: Redis did not take it")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string topic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not listen for {Topic} messages from the other nodes yet; trying again every second")]
    private static partial void LogListenFailed(ILogger logger, Exception exception, string topic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Topic} message from Redis could not be read")]
    private static partial void LogUnreadable(ILogger logger, Exception exception, string topic);
}
