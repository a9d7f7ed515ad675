using System.Collections.Concurrent;
using CarPulse.Domain.LiveUpdates;
using CarPulse.Tests.Support.Engines;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace CarPulse.Tests.Domain.LiveUpdates;

/// <summary>What every <see cref="IEventBus"/> does, on one node: the in-process bus and the Redis one pass the same tests.</summary>
public abstract class EventBusContract
{
    private static readonly EventTopic<Note> Notes = new("notes");
    private static readonly EventTopic<Note> OtherNotes = new("other-notes");

    protected abstract IEventBus Bus { get; }

    [Fact]
    public void A_message_reaches_every_subscriber_of_its_topic_at_once_in_the_order_sent()
    {
        var (first, second, other) = (new List<int>(), new List<int>(), new List<int>());
        using var one = Bus.Subscribe(Notes, note => first.Add(note.Number));
        using var two = Bus.Subscribe(Notes, note => second.Add(note.Number));
        using var elsewhere = Bus.Subscribe(OtherNotes, note => other.Add(note.Number));

        for (var number = 1; number <= 3; number++)
        {
            Bus.Publish(Notes, new Note("order", number));
        }

        Assert.Equal([1, 2, 3], first);
        Assert.Equal([1, 2, 3], second);
        Assert.Empty(other);
    }

    [Fact]
    public void A_disposed_subscription_hears_nothing_and_a_failing_subscriber_keeps_nothing_from_the_others()
    {
        var heard = new List<int>();
        Bus.Subscribe(Notes, note => heard.Add(-note.Number)).Dispose();
        using var failing = Bus.Subscribe<Note>(Notes, _ => throw new InvalidOperationException("a broken screen"));
        using var working = Bus.Subscribe(Notes, note => heard.Add(note.Number));

        Bus.Publish(Notes, new Note("order", 7));

        Assert.Equal([7], heard);
    }

    protected sealed record Note(string OrderKey, int Number);
}

public sealed class InProcessEventBusTests : EventBusContract
{
    protected override IEventBus Bus { get; } = new InProcessEventBus(NullLogger<InProcessEventBus>.Instance);
}

/// <summary>The Redis bus on a real <c>redis-server</c>: one node as the contract says, and messages between nodes.</summary>
public sealed class RedisEventBusTests : EventBusContract, IAsyncLifetime
{
    private static readonly EventTopic<Note> Progress = new("progress");
    private const string Probe = "probe";

    private readonly RedisServer _redis = new();
    private readonly List<IConnectionMultiplexer> _connections = [];
    private readonly List<RedisEventBus> _buses = [];
    private IEventBus? _bus;

    protected override IEventBus Bus => _bus ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        await _redis.StartAsync();
        _bus = Node();
    }

    [Fact]
    public async Task A_message_published_on_one_node_reaches_the_subscribers_on_another_once_and_in_order()
    {
        var (here, there) = (Node(), Node());
        var heard = new ConcurrentQueue<int>();
        var ownEchoes = new ConcurrentQueue<int>();
        using var listening = there.Subscribe(Progress, note => Record(heard, note));
        using var publisherSide = here.Subscribe(Progress, note => Record(ownEchoes, note));
        await WaitUntilSubscribedAsync(here, there);

        for (var number = 1; number <= 200; number++)
        {
            here.Publish(Progress, new Note("order", number));
        }

        await Eventually(() => heard.Count >= 200);
        Assert.Equal(Enumerable.Range(1, 200), heard);
        Assert.Equal(Enumerable.Range(1, 200), ownEchoes);
    }

    [Fact]
    public async Task While_redis_is_down_this_node_still_hears_its_own_messages_and_once_it_is_back_the_nodes_hear_each_other_again()
    {
        var (here, there) = (Node(), Node());
        var heardThere = new ConcurrentQueue<int>();
        var heardHere = new ConcurrentQueue<int>();
        using var listening = there.Subscribe(Progress, note => Record(heardThere, note));
        using var local = here.Subscribe(Progress, note => Record(heardHere, note));
        await WaitUntilSubscribedAsync(here, there);

        await _redis.StopAsync();
        here.Publish(Progress, new Note("order", 1));
        Assert.Equal([1], heardHere);

        await _redis.StartAsync();
        await Eventually(() =>
        {
            here.Publish(Progress, new Note("order", 2));
            return heardThere.Contains(2);
        });
    }

    [Fact]
    public async Task A_node_that_subscribed_while_redis_was_down_hears_the_others_once_redis_is_up()
    {
        await _redis.StopAsync();
        var late = Node();
        var heard = new ConcurrentQueue<int>();
        using var listening = late.Subscribe(Progress, note => heard.Enqueue(note.Number));

        await _redis.StartAsync();
        var publisher = Node();
        await Eventually(() =>
        {
            publisher.Publish(Progress, new Note("order", 3));
            return heard.Contains(3);
        });
    }

    public Task DisposeAsync()
    {
        foreach (var bus in _buses)
        {
            bus.Dispose();
        }

        foreach (var connection in _connections)
        {
            connection.Dispose();
        }

        _redis.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A bus as one app node has it: its own connection to the shared Redis.</summary>
    private RedisEventBus Node()
    {
        var options = ConfigurationOptions.Parse(_redis.Configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        var connection = ConnectionMultiplexer.Connect(options);
        _connections.Add(connection);
        var bus = new RedisEventBus(connection, NullLogger<RedisEventBus>.Instance, NullLogger<InProcessEventBus>.Instance);
        _buses.Add(bus);
        return bus;
    }

    /// <summary>Subscribing reaches Redis a moment after the call; a probe message proves the way is open.</summary>
    private static async Task WaitUntilSubscribedAsync(IEventBus publisher, IEventBus subscriber)
    {
        var arrived = false;
        using var listening = subscriber.Subscribe(Progress, note => arrived |= note.OrderKey == Probe);
        await Eventually(() =>
        {
            publisher.Publish(Progress, new Note(Probe, 0));
            return arrived;
        });
    }

    private static void Record(ConcurrentQueue<int> heard, Note note)
    {
        if (note.OrderKey != Probe)
        {
            heard.Enqueue(note.Number);
        }
    }

    private static async Task Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The message did not arrive within 20 seconds.");
            await Task.Delay(50);
        }
    }
}
