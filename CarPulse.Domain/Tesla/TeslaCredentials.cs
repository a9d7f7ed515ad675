namespace CarPulse.Domain.Tesla;

/// <summary>Access to one Tesla account: its region and a token that can be refreshed once when Tesla says 401.</summary>
public interface ITeslaAccount
{
    FleetRegion Region { get; }

    ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Called after Tesla rejected <paramref name="rejectedAccessToken"/>: rotates the token pair and saves it,
    /// unless another caller already did (then its token is returned). Throws <see cref="TeslaReconnectRequired"/>
    /// when Tesla refuses the refresh.
    /// </summary>
    Task<string> RefreshAsync(string rejectedAccessToken, CancellationToken cancellationToken);
}

/// <summary>Tokens straight from the code exchange, before any session exists; a 401 here cannot be cured.</summary>
public sealed class FreshTeslaAccount(FleetRegion region, TeslaTokens tokens) : ITeslaAccount
{
    public FleetRegion Region { get; } = region;

    public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(tokens.AccessToken);

    public Task<string> RefreshAsync(string rejectedAccessToken, CancellationToken cancellationToken) => throw new TeslaReconnectRequired();
}
