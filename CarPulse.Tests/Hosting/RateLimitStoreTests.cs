using CarPulse.Domain;
using CarPulse.Tests.Support.Engines;
using CarPulse.Web.Hosting;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace CarPulse.Tests.Hosting;

/// <summary>What every <see cref="IRateLimitStore"/> does: the in-memory one and the Redis one pass the same tests.</summary>
public abstract class RateLimitStoreContract
{
    protected static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    // Made on first use (the Redis one needs its server started), once even when that use is 500 threads at once.
    private readonly Lazy<IRateLimitStore> _store;

    protected RateLimitStoreContract() => _store = new(() => CreateStore(Clock), LazyThreadSafetyMode.ExecutionAndPublication);

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    private IRateLimitStore Store => _store.Value;

    protected abstract IRateLimitStore CreateStore(TimeProvider clock);

    [Fact]
    public async Task A_spent_key_refuses_the_attempt_and_takes_nothing_from_the_other_keys()
    {
        await Store.TryTakeAsync(["address"], limit: 1, Minute, CancellationToken.None);

        var refused = await Store.TryTakeAsync(["address", "order"], limit: 1, Minute, CancellationToken.None);
        var orderAlone = await Store.TryTakeAsync(["order"], limit: 1, Minute, CancellationToken.None);

        Assert.False(refused.Allowed);
        Assert.True(orderAlone.Allowed);
    }

    [Fact]
    public async Task A_refusal_says_when_the_window_ends_and_then_the_budget_is_back()
    {
        await Store.TryTakeAsync(["address"], limit: 1, Minute, CancellationToken.None);
        Clock.Advance(TimeSpan.FromSeconds(45));

        var refused = await Store.TryTakeAsync(["address"], limit: 1, Minute, CancellationToken.None);
        Clock.Advance(refused.RetryAfter);
        var again = await Store.TryTakeAsync(["address"], limit: 1, Minute, CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(15), refused.RetryAfter);
        Assert.True(again.Allowed);
    }

    [Fact]
    public async Task Attempts_taken_at_once_from_many_threads_get_exactly_the_limit_through()
    {
        for (var round = 0; round < 20; round++)
        {
            var decisions = await Task.WhenAll(Enumerable.Range(0, 500).Select(_ =>
                Task.Run(async () => await Store.TryTakeAsync([$"address-{round}", "order"], limit: 100, Minute, CancellationToken.None))));

            Assert.Equal(100, decisions.Count(decision => decision.Allowed));
            Clock.Advance(Minute);
        }
    }
}

public sealed class InMemoryRateLimitStoreTests : RateLimitStoreContract
{
    protected override IRateLimitStore CreateStore(TimeProvider clock) => new InMemoryRateLimitStore(clock);
}

/// <summary>The Redis store on a real <c>redis-server</c>: each test its own server.</summary>
public sealed class RedisRateLimitStoreTests : RateLimitStoreContract, IAsyncLifetime
{
    private readonly RedisServer _redis = new();
    private IConnectionMultiplexer? _connection;

    public async Task InitializeAsync()
    {
        await _redis.StartAsync();
        _connection = await RedisConnections.ConnectAsync(_redis);
    }

    [Fact]
    public async Task Two_nodes_share_one_budget()
    {
        using var otherNode = await RedisConnections.ConnectAsync(_redis);
        var here = CreateStore(Clock);
        var there = new RedisRateLimitStore(otherNode, Clock);

        await here.TryTakeAsync(["address"], limit: 2, Minute, CancellationToken.None);
        await there.TryTakeAsync(["address"], limit: 2, Minute, CancellationToken.None);
        var third = await here.TryTakeAsync(["address"], limit: 2, Minute, CancellationToken.None);

        Assert.False(third.Allowed);
    }

    [Fact]
    public async Task While_redis_is_down_an_attempt_fails_as_an_engine_outage_and_then_counting_goes_on()
    {
        var store = CreateStore(Clock);
        await _redis.StopAsync();

        var outage = await Assert.ThrowsAsync<EngineUnavailable>(async () => await store.TryTakeAsync(["address"], limit: 1, Minute, CancellationToken.None));
        await _redis.StartAsync();
        var decision = await RedisConnections.EventuallyAsync(() => store.TryTakeAsync(["address"], limit: 1, Minute, CancellationToken.None).AsTask());

        Assert.Equal("redis", outage.Engine);
        Assert.True(decision.Allowed);
    }

    protected override IRateLimitStore CreateStore(TimeProvider clock) =>
        new RedisRateLimitStore(_connection ?? throw new InvalidOperationException("Not started."), clock);

    public Task DisposeAsync()
    {
        _connection?.Dispose();
        _redis.Dispose();
        return Task.CompletedTask;
    }
}
