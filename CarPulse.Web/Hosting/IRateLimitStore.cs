namespace CarPulse.Web.Hosting;

/// <summary>Whether an attempt may go ahead; when not, how long until the spent budget refills.</summary>
public sealed record RateLimitDecision(bool Allowed, TimeSpan RetryAfter)
{
    public static RateLimitDecision Allow { get; } = new(true, TimeSpan.Zero);
}

/// <summary>
/// Fixed-window attempt budgets shared by every way into the app, the HTTP API and the Blazor circuits alike, so a
/// limit holds however the attempts arrive. One node keeps them in memory (<see cref="InMemoryRateLimitStore"/>);
/// several nodes need one shared store (Redis) behind this same interface.
/// </summary>
public interface IRateLimitStore
{
    /// <summary>
    /// Takes one attempt from the budget of every key, all or none: when any key has spent <paramref name="limit"/>
    /// attempts in its current <paramref name="window"/>, nothing is taken and the answer says when to try again.
    /// </summary>
    ValueTask<RateLimitDecision> TryTakeAsync(IReadOnlyCollection<string> keys, int limit, TimeSpan window, CancellationToken cancellationToken);
}
