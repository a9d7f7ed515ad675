using System.Net;
using CarPulse.Domain.Tesla;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace CarPulse.Web.Hosting;

/// <summary>
/// What every Tesla call goes through: an overall deadline, bounded retries of idempotent calls, a timeout per attempt.
/// There is deliberately no circuit breaker. A breaker on the shared client is shared by every customer, so one
/// account's outage made a healthy order fail without a single call; a breaker per account would only make an order
/// that is failing anyway fail a little sooner, at the price of per-account state to keep and evict. Each call is
/// already bounded (attempts × timeout, waits capped by <see cref="TeslaOptions.MaxRetryAfter"/>) and so is the number
/// of calls in flight (the report parallelism), and a 5xx costs nothing at Tesla (only answers below 500 are billed).
/// </summary>
public static class TeslaResilience
{
    public static IHttpClientBuilder AddTeslaResilience(this IHttpClientBuilder client, TeslaOptions tesla)
    {
        client.AddResilienceHandler("tesla", (pipeline, context) =>
        {
            var clock = context.ServiceProvider.GetRequiredService<TimeProvider>();
            pipeline
                .AddTimeout(tesla.AttemptTimeout * (tesla.MaxRetries + 1) + tesla.MaxRetryAfter * tesla.MaxRetries)
                .AddRetry(Retry(tesla, clock))
                .AddTimeout(tesla.AttemptTimeout);
        });
        return client;
    }

    private static HttpRetryStrategyOptions Retry(TeslaOptions tesla, TimeProvider clock)
    {
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = tesla.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            Delay = tesla.RetryBaseDelay,
            MaxDelay = tesla.MaxRetryAfter,
            UseJitter = true,
            ShouldRetryAfterHeader = false,
            // 408 means "car asleep" at Tesla: retrying only buys more billed 408s. A 429 is waited out only when Tesla
            // asks for no longer than the cap; beyond it the caller hears "rate limited" at once instead of stalling.
            ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
            {
                { Exception: HttpRequestException or TimeoutException or TimeoutRejectedException } => true,
                { Result: { StatusCode: HttpStatusCode.TooManyRequests } limited } => TeslaRateLimited.RetryAfterOf(limited, clock.GetUtcNow()) is not { } wait || wait <= tesla.MaxRetryAfter,
                { Result.StatusCode: HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout } => true,
                _ => false,
            }),
            // Tesla's Retry-After, when it gives one, instead of the backoff.
            DelayGenerator = args => ValueTask.FromResult(
                args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } limited ? TeslaRateLimited.RetryAfterOf(limited, clock.GetUtcNow()) : null),
        };
        // A billable POST (token exchange, wake-up) is never repeated behind the caller's back.
        retry.DisableForUnsafeHttpMethods();
        return retry;
    }
}
