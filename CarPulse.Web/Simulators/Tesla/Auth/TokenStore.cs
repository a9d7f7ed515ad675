using System.Security.Cryptography;
using CarPulse.Domain.Tesla;

namespace CarPulse.Web.Simulators.Tesla.Auth;

/// <summary>Pending consent screens, authorization codes and issued tokens, in memory.</summary>
internal sealed class TokenStore(TimeProvider clock)
{
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan RefreshLifetime = TimeSpan.FromDays(90);
    public static readonly TimeSpan RefreshReuseWindow = TimeSpan.FromHours(24);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (AuthorizationRequest Request, DateTimeOffset ExpiresAt)> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CodeGrant> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AccessGrant> _access = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RefreshGrant> _refresh = new(StringComparer.Ordinal);

    public static string Random(int bytes) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));

    /// <summary>Keeps a validated request while the consent screen is shown; the form posts back the returned id.</summary>
    public string Hold(AuthorizationRequest request)
    {
        var id = Random(16);
        lock (_gate)
        {
            _pending[id] = (request, clock.GetUtcNow() + CodeLifetime);
        }

        return id;
    }

    public AuthorizationRequest? Release(string? id)
    {
        lock (_gate)
        {
            return id is not null && _pending.Remove(id, out var pending) && clock.GetUtcNow() < pending.ExpiresAt ? pending.Request : null;
        }
    }

    public string IssueCode(string accountId, FleetRegion region, AuthorizationRequest request)
    {
        var code = $"{region.Code()}_{Random(24)}";
        lock (_gate)
        {
            _codes[code] = new CodeGrant(accountId, request, clock.GetUtcNow() + CodeLifetime);
        }

        return code;
    }

    public string? AccountOfCode(string? code)
    {
        lock (_gate)
        {
            return code is not null && _codes.TryGetValue(code, out var grant) ? grant.AccountId : null;
        }
    }

    /// <summary>Single use: the code is gone after this call whatever the outcome.</summary>
    public CodeGrant? RedeemCode(string? code)
    {
        lock (_gate)
        {
            return code is not null && _codes.Remove(code, out var grant) && clock.GetUtcNow() < grant.ExpiresAt ? grant : null;
        }
    }

    public void Remember(string accessToken, AccessGrant grant)
    {
        lock (_gate)
        {
            _access[accessToken] = grant;
        }
    }

    public AccessGrant? FindAccess(string? accessToken)
    {
        lock (_gate)
        {
            return accessToken is not null && _access.TryGetValue(accessToken, out var grant) ? grant : null;
        }
    }

    /// <summary>Marks every access token issued so far to <paramref name="accountId"/> (or to anyone, when null) as expired.</summary>
    public void ExpireAccess(string? accountId)
    {
        lock (_gate)
        {
            foreach (var (token, grant) in _access.Where(entry => accountId is null || entry.Value.AccountId == accountId).ToList())
            {
                _access[token] = grant with { ForcedExpired = true };
            }
        }
    }

    public void Remember(string refreshToken, RefreshGrant grant)
    {
        lock (_gate)
        {
            _refresh[refreshToken] = grant;
        }
    }

    public RefreshGrant? PeekRefresh(string? refreshToken)
    {
        lock (_gate)
        {
            return refreshToken is not null && _refresh.TryGetValue(refreshToken, out var grant) ? grant : null;
        }
    }

    /// <summary>
    /// Null when the token is unknown, older than 90 days, or was first used more than 24 h ago; otherwise marks its
    /// first use and returns it.
    /// </summary>
    public RefreshGrant? RedeemRefresh(string? refreshToken)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (refreshToken is null || !_refresh.TryGetValue(refreshToken, out var grant)
                || now >= grant.IssuedAt + RefreshLifetime
                || (grant.FirstUsedAt is { } firstUse && now >= firstUse + RefreshReuseWindow))
            {
                return null;
            }

            _refresh[refreshToken] = grant with { FirstUsedAt = grant.FirstUsedAt ?? now };
            return grant;
        }
    }
}
