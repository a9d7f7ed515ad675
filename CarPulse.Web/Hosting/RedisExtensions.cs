using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace CarPulse.Web.Hosting;

/// <summary>
/// Redis, the engine several nodes share for live updates, rate limits, admin lockouts and the Data Protection key
/// ring. On when <c>Redis:Configuration</c> is set (a StackExchange.Redis configuration string such as
/// <c>redis.internal:6379,password=…,ssl=true</c>); unset, every one of those stays in this process.
/// </summary>
public static class RedisExtensions
{
    public const string ConfigurationKey = "Redis:Configuration";

    public static bool IsConfigured(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[ConfigurationKey]);

    public static IServiceCollection AddRedis(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsConfigured(configuration))
        {
            return services;
        }

        var options = Parse(configuration[ConfigurationKey] ?? string.Empty);
        // The app starts, and keeps running, while Redis is away: the connection retries by itself. Meanwhile a call
        // fails at once (answered as "briefly unavailable") instead of waiting in a queue for the timeout.
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ClientName ??= "carpulse";
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis");
        return services;
    }

    // The string may hold a password: a bad one is refused by name, never echoed.
    private static ConfigurationOptions Parse(string configuration)
    {
        try
        {
            return ConfigurationOptions.Parse(configuration);
        }
        catch (ArgumentException)
        {
            throw new InvalidOperationException($"{ConfigurationKey} is not a valid StackExchange.Redis configuration string (host:port[,option=value…]).");
        }
    }
}

/// <summary><c>redis</c> in <c>/health</c>: healthy while Redis answers a PING.</summary>
internal sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await redis.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis does not answer.");
        }
    }
}
