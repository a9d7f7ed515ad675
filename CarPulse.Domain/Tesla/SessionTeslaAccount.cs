using CarPulse.Domain.Orders;

namespace CarPulse.Domain.Tesla;

/// <summary>
/// The Tesla account behind an order session. A refresh rotates the token pair and saves it before
/// the new access token is used, so a crash can never leave the session with a spent refresh token.
/// A refresh token Tesla refused is never sent again: every later caller hears "reconnect" at once.
/// </summary>
public sealed class SessionTeslaAccount(OrderSession session, OrderSessionStore store, TeslaOAuthClient oauth, TimeProvider clock) : ITeslaAccount
{
    private static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private string? _refusedRefreshToken;

    public FleetRegion Region => session.Region;

    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var tokens = session.Tokens ?? throw new TeslaReconnectRequired();
        return tokens.ExpiresAt - RefreshAhead > clock.GetUtcNow() ? tokens.AccessToken : await RefreshAsync(tokens.AccessToken, cancellationToken);
    }

    public async Task<string> RefreshAsync(string rejectedAccessToken, CancellationToken cancellationToken)
    {
        await _refreshLock.WaitAsync(cancellationToken);
        try
        {
            // Another caller already rotated the pair: use its token, don't spend the new refresh token.
            if (session.Tokens is { } current && current.AccessToken != rejectedAccessToken)
            {
                return current.AccessToken;
            }

            var refreshToken = session.Tokens?.RefreshToken;
            if (string.IsNullOrEmpty(refreshToken) || refreshToken == _refusedRefreshToken)
            {
                throw new TeslaReconnectRequired();
            }

            TeslaTokens rotated;
            try
            {
                rotated = await oauth.RefreshAsync(refreshToken, cancellationToken);
            }
            catch (TeslaReconnectRequired)
            {
                _refusedRefreshToken = refreshToken;
                throw;
            }

            session.ReplaceTokens(rotated, clock.GetUtcNow());
            await store.SaveAsync(cancellationToken);
            return rotated.AccessToken;
        }
        finally
        {
            _refreshLock.Release();
        }
    }
}
