using CarPulse.Domain;
using CarPulse.Tests.Support.Engines;
using CarPulse.Web.Features.Admin.Login;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace CarPulse.Tests.Features.Admin.Login;

/// <summary>What every <see cref="ILoginFailureStore"/> does: the in-memory one and the Redis one pass the same tests.</summary>
public abstract class LoginFailureStoreContract
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private ILoginFailureStore? _store;

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    private ILoginFailureStore Store => _store ??= CreateStore(Clock);

    protected abstract ILoginFailureStore CreateStore(TimeProvider clock);

    [Fact]
    public async Task Failures_count_up_per_key_and_a_key_never_counted_is_zero()
    {
        await Store.AddAsync(["user", "pair"], Lifetime, CancellationToken.None);
        var counts = await Store.AddAsync(["user", "address"], Lifetime, CancellationToken.None);

        Assert.Equal([2, 1], counts);
        Assert.Equal([2, 1, 1, 0], await Store.CountAsync(["user", "pair", "address", "elsewhere"], Lifetime, CancellationToken.None));
    }

    [Fact]
    public async Task A_count_is_forgotten_a_lifetime_after_its_last_failure_and_then_starts_again_at_one()
    {
        await Store.AddAsync(["user"], Lifetime, CancellationToken.None);
        Clock.Advance(Lifetime - TimeSpan.FromSeconds(1));
        await Store.AddAsync(["user"], Lifetime, CancellationToken.None);
        Clock.Advance(Lifetime - TimeSpan.FromSeconds(1));
        var stillCounted = await Store.CountAsync(["user"], Lifetime, CancellationToken.None);
        Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal([2], stillCounted);
        Assert.Equal([0], await Store.CountAsync(["user"], Lifetime, CancellationToken.None));
        Assert.Equal([1], await Store.AddAsync(["user"], Lifetime, CancellationToken.None));
    }

    [Fact]
    public async Task Forgotten_keys_are_zero_and_the_others_keep_their_count()
    {
        await Store.AddAsync(["user", "pair", "address"], Lifetime, CancellationToken.None);

        await Store.ForgetAsync(["pair", "address"], CancellationToken.None);

        Assert.Equal([1, 0, 0], await Store.CountAsync(["user", "pair", "address"], Lifetime, CancellationToken.None));
    }

    [Fact]
    public async Task Failures_recorded_at_once_from_many_threads_each_count()
    {
        var counts = await Task.WhenAll(Enumerable.Range(0, 300).Select(_ =>
            Task.Run(async () => (await Store.AddAsync(["user", "address"], Lifetime, CancellationToken.None))[0])));

        Assert.Equal(Enumerable.Range(1, 300), counts.Order());
        Assert.Equal([300, 300], await Store.CountAsync(["user", "address"], Lifetime, CancellationToken.None));
    }
}

public sealed class InMemoryLoginFailureStoreTests : LoginFailureStoreContract
{
    protected override ILoginFailureStore CreateStore(TimeProvider clock) => new InMemoryLoginFailureStore(clock);
}

/// <summary>The Redis store on a real <c>redis-server</c>: each test its own server.</summary>
public sealed class RedisLoginFailureStoreTests : LoginFailureStoreContract, IAsyncLifetime
{
    private readonly RedisServer _redis = new();
    private IConnectionMultiplexer? _connection;

    public async Task InitializeAsync()
    {
        await _redis.StartAsync();
        _connection = await RedisConnections.ConnectAsync(_redis);
    }

    [Fact]
    public async Task While_redis_is_down_a_failure_cannot_be_counted_and_says_so_as_an_engine_outage()
    {
        var store = CreateStore(Clock);
        await _redis.StopAsync();

        var outage = await Assert.ThrowsAsync<EngineUnavailable>(async () => await store.AddAsync(["user"], TimeSpan.FromMinutes(15), CancellationToken.None));

        Assert.Equal("redis", outage.Engine);
    }

    protected override ILoginFailureStore CreateStore(TimeProvider clock) =>
        new RedisLoginFailureStore(_connection ?? throw new InvalidOperationException("Not started."), clock);

    public Task DisposeAsync()
    {
        _connection?.Dispose();
        _redis.Dispose();
        return Task.CompletedTask;
    }
}
