using System.Globalization;

namespace CarPulse.Web.Simulators.Tesla;

/// <summary>Applies latency and the next queued fault of the caller's knobs (everyone's first, then the account's, then the car's).</summary>
internal static class FaultInjection
{
    /// <summary>Null when the call should be answered normally; <paramref name="failure"/> builds the error body for a status.</summary>
    public static async Task<IResult?> ApplyAsync(IReadOnlyList<FaultQueue> queues, string endpoint, Func<int, IResult> failure, CancellationToken cancellationToken)
    {
        var latency = queues.Aggregate(TimeSpan.Zero, (sum, queue) => sum + queue.Latency);
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, cancellationToken);
        }

        foreach (var queue in queues)
        {
            switch (queue.Take(endpoint))
            {
                case { Kind: FaultKind.Hang, Duration: var duration }:
                    await Task.Delay(duration, cancellationToken);
                    return null;
                case { Kind: FaultKind.RateLimit, Duration: var retryAfter }:
                    return RateLimited(retryAfter, failure);
                case { Kind: FaultKind.Fail, Status: var status }:
                    return failure(status);
            }
        }

        return null;
    }

    /// <summary>429 with <c>Retry-After</c> and <c>RateLimit-Reset</c> in whole seconds, rounded up.</summary>
    public static IResult RateLimited(TimeSpan retryAfter, Func<int, IResult> failure)
    {
        var seconds = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return new WithHeaders(failure(StatusCodes.Status429TooManyRequests), [("Retry-After", seconds), ("RateLimit-Reset", seconds)]);
    }

    private sealed class WithHeaders(IResult inner, IReadOnlyList<(string Name, string Value)> headers) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            foreach (var (name, value) in headers)
            {
                httpContext.Response.Headers[name] = value;
            }

            return inner.ExecuteAsync(httpContext);
        }
    }
}
