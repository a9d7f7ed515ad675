using System.Globalization;
using CarPulse.Web.Hosting;
using StackExchange.Redis;

namespace CarPulse.Web.Features.Admin.Login;

/// <summary>
/// The many-node <see cref="ILoginFailureStore"/>: one Redis counts every node's wrong passwords, each key a hash of
/// its count and last failure, changed by one Lua script so concurrent failures on different nodes all count. Timed
/// by the app's clock (as in memory); Redis drops a key once it is forgotten.
/// </summary>
public sealed class RedisLoginFailureStore(IConnectionMultiplexer redis, TimeProvider clock) : ILoginFailureStore
{
    public const string KeyPrefix = "carpulse:login-failures:";

    // KEYS: the counts. ARGV: now (ms), lifetime (ms). Returns the new counts.
    private const string AddScript = """
        local now = tonumber(ARGV[1])
        local lifetime = tonumber(ARGV[2])
        local counts = {}
        for i, key in ipairs(KEYS) do
          local state = redis.call('HMGET', key, 'count', 'last')
          local count = tonumber(state[1])
          local last = tonumber(state[2])
          if count == nil or last == nil or now - last >= lifetime then
            count = 0
          end
          counts[i] = count + 1
          redis.call('HSET', key, 'count', counts[i], 'last', now)
          redis.call('PEXPIRE', key, lifetime)
        end
        return counts
        """;

    public async ValueTask<IReadOnlyList<int>> AddAsync(IReadOnlyList<string> keys, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var result = await RedisOutage.Reach(() => redis.GetDatabase().ScriptEvaluateAsync(AddScript, RedisKeys(keys), [Now(), Milliseconds(lifetime)]).WaitAsync(cancellationToken));
        return ((RedisResult[])result!).Select(count => (int)count).ToList();
    }

    public async ValueTask<IReadOnlyList<int>> CountAsync(IReadOnlyList<string> keys, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        var states = await RedisOutage.Reach(() => Task.WhenAll(RedisKeys(keys).Select(key => database.HashGetAsync(key, ["count", "last"]))).WaitAsync(cancellationToken));
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        return states
            .Select(state => state[0].TryParse(out int count) && state[1].TryParse(out long last) && now - last < (long)lifetime.TotalMilliseconds ? count : 0)
            .ToList();
    }

    public async ValueTask ForgetAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        await RedisOutage.Reach(() => redis.GetDatabase().KeyDeleteAsync(RedisKeys(keys)).WaitAsync(cancellationToken));

    private static RedisKey[] RedisKeys(IReadOnlyList<string> keys) => keys.Select(key => new RedisKey(KeyPrefix + key)).ToArray();

    private RedisValue Now() => clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private static RedisValue Milliseconds(TimeSpan span) => ((long)span.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
}
