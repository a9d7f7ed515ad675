using CarPulse.Domain.Tesla;

namespace CarPulse.Web.Simulators.Tesla.Auth;

/// <summary>The token endpoint's success body. No refresh token without <c>offline_access</c>, no id token without <c>openid</c>.</summary>
internal sealed record TokenResponse(string AccessToken, string? RefreshToken, string? IdToken, int ExpiresIn, string? State, string TokenType = "Bearer");

/// <summary>Issues and remembers tokens with the claims Tesla's carry (<c>iss</c>, <c>sub</c>, <c>aud</c>, <c>scp</c>, <c>ou_code</c>…).</summary>
internal static class TokenIssuer
{
    public const string AccessTokenIssuer = SimulatorPaths.Issuer + "/nts";

    public static TokenResponse ForUser(
        TeslaSimulator simulator, HttpRequest request, SimulatedAccount account, string clientId, IReadOnlyList<string> scopes,
        string? audience, string? state, string? nonce)
    {
        var now = simulator.Clock.GetUtcNow();
        var expires = now + simulator.Options.TokenLifetime;
        var region = simulator.RegionOf(account);
        var accessToken = Jwt.Create(new Dictionary<string, object?>
        {
            ["iss"] = AccessTokenIssuer,
            ["azp"] = clientId,
            ["sub"] = account.Id,
            ["aud"] = new[] { audience ?? region.FleetBaseUrl(request), SimulatorPaths.Issuer + "/userinfo" },
            ["scp"] = scopes,
            ["amr"] = new[] { "pwd", "mfa", "otp" },
            ["exp"] = expires.ToUnixTimeSeconds(),
            ["iat"] = now.ToUnixTimeSeconds(),
            ["ou_code"] = region.Code(),
            ["locale"] = "en-US",
            ["account_type"] = "person",
            ["open_source"] = false,
        });
        simulator.Tokens.Remember(accessToken, new AccessGrant(account.Id, clientId, scopes, expires));

        string? refreshToken = null;
        if (scopes.Contains(TeslaScopes.OfflineAccess))
        {
            refreshToken = $"{region.Code()}_{TokenStore.Random(32)}";
            simulator.Tokens.Remember(refreshToken, new RefreshGrant(account.Id, clientId, scopes, now));
        }

        string? idToken = null;
        if (scopes.Contains(TeslaScopes.OpenId))
        {
            var identity = new Dictionary<string, object?>
            {
                ["iss"] = SimulatorPaths.Issuer,
                ["aud"] = clientId,
                ["sub"] = account.Id,
                ["exp"] = expires.ToUnixTimeSeconds(),
                ["iat"] = now.ToUnixTimeSeconds(),
                ["auth_time"] = now.ToUnixTimeSeconds(),
            };
            if (nonce is not null)
            {
                identity["nonce"] = nonce;
            }

            idToken = Jwt.Create(identity);
        }

        return new TokenResponse(accessToken, refreshToken, idToken, ExpiresIn(simulator), state);
    }

    /// <summary>A partner token: not tied to any account, <c>sub</c> is the client id.</summary>
    public static TokenResponse ForPartner(TeslaSimulator simulator, HttpRequest request, string clientId, IReadOnlyList<string> scopes, string? audience)
    {
        var now = simulator.Clock.GetUtcNow();
        var expires = now + simulator.Options.TokenLifetime;
        var region = SimulatorRegions.All.FirstOrDefault(candidate => candidate.FleetBaseUrl(request) == audience, FleetRegion.NorthAmericaAsiaPacific);
        var accessToken = Jwt.Create(new Dictionary<string, object?>
        {
            ["iss"] = AccessTokenIssuer,
            ["azp"] = clientId,
            ["sub"] = clientId,
            ["aud"] = new[] { audience ?? region.FleetBaseUrl(request) },
            ["scp"] = scopes,
            ["exp"] = expires.ToUnixTimeSeconds(),
            ["iat"] = now.ToUnixTimeSeconds(),
            ["ou_code"] = region.Code(),
        });
        simulator.Tokens.Remember(accessToken, new AccessGrant(null, clientId, scopes, expires));
        return new TokenResponse(accessToken, null, null, ExpiresIn(simulator), null);
    }

    private static int ExpiresIn(TeslaSimulator simulator) => (int)simulator.Options.TokenLifetime.TotalSeconds;
}
