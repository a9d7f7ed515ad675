using System.Globalization;
using StackExchange.Redis;

namespace CarPulse.Web.Hosting;

/// <summary>
/// The many-node <see cref="IRateLimitStore"/>: every node counts in one Redis. One Lua script reads every key's
/// window and takes from all or none, atomically, so concurrent attempts on different nodes never overspend. Windows
/// are timed by the app's clock (as in memory); Redis forgets a key when its window ends.
/// </summary>
public sealed class RedisRateLimitStore(IConnectionMultiplexer redis, TimeProvider clock) : IRateLimitStore
{
    public const string KeyPrefix = "carpulse:limits:";

    // KEYS: the budgets. ARGV: now (ms), limit, window (ms). Returns -1 when taken, else the ms until the fullest
    // spent window ends.
    private const string TakeScript = """
        local now = tonumber(ARGV[1])
        local limit = tonumber(ARGV[2])
        local window = tonumber(ARGV[3])
        local retry = -1
        local windows = {}
        for i, key in ipairs(KEYS) do
          local state = redis.call('HMGET', key, 'ends', 'count')
          local ends = tonumber(state[1])
          local count = tonumber(state[2])
          if ends == nil or ends <= now then
            ends = now + window
            count = 0
          end
          if count >= limit and ends - now > retry then
            retry = ends - now
          end
          windows[i] = { ends, count }
        end
        if retry >= 0 then
          return retry
        end
        for i, key in ipairs(KEYS) do
          redis.call('HSET', key, 'ends', windows[i][1], 'count', windows[i][2] + 1)
          redis.call('PEXPIRE', key, windows[i][1] - now)
        end
        return -1
        """;

    public async ValueTask<RateLimitDecision> TryTakeAsync(IReadOnlyCollection<string> keys, int limit, TimeSpan window, CancellationToken cancellationToken)
    {
        var result = await RedisOutage.Reach(() => redis.GetDatabase().ScriptEvaluateAsync(
            TakeScript,
            keys.Select(key => new RedisKey(KeyPrefix + key)).ToArray(),
            [
                clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
                limit,
                ((long)window.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
            ]).WaitAsync(cancellationToken));
        var retryAfter = (long)result;
        return retryAfter < 0 ? RateLimitDecision.Allow : new RateLimitDecision(false, TimeSpan.FromMilliseconds(retryAfter));
    }
}
