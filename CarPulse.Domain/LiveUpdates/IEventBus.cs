namespace CarPulse.Domain.LiveUpdates;

/// <summary>A named stream of one kind of message: order changes, report progress.</summary>
public sealed record EventTopic<T>(string Name);

/// <summary>
/// Tells every node's screens what happened on any node: the car screen on one node follows the phone that paid on
/// another. One process delivers in memory (<see cref="InProcessEventBus"/>); several nodes share Redis pub/sub
/// (<see cref="RedisEventBus"/>). Messages are hints that something changed: the database stays the truth, and a
/// message lost while an engine is away is caught up on the screen's next load.
/// </summary>
public interface IEventBus
{
    /// <summary>Hands the message to every subscriber of the topic: on this node at once, on the others soon after. Never throws.</summary>
    void Publish<T>(EventTopic<T> topic, T message);

    /// <summary>Calls <paramref name="handler"/> with every message of the topic, from any node, until disposed.</summary>
    IDisposable Subscribe<T>(EventTopic<T> topic, Action<T> handler);
}
