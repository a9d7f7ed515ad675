using CarPulse.Domain;
using StackExchange.Redis;

namespace CarPulse.Tests.Support.Engines;

/// <summary>Connections to a test's <see cref="RedisServer"/> made as the app makes its own (see <c>AddRedis</c>).</summary>
public static class RedisConnections
{
    public static async Task<IConnectionMultiplexer> ConnectAsync(RedisServer server)
    {
        var options = ConfigurationOptions.Parse(server.Configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        return await ConnectionMultiplexer.ConnectAsync(options);
    }

    /// <summary>The first answer after an outage: the connection comes back by itself within seconds.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> call)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            try
            {
                return await call();
            }
            catch (EngineUnavailable) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }
}
