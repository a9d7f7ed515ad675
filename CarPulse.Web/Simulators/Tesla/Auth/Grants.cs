namespace CarPulse.Web.Simulators.Tesla.Auth;

/// <summary>A validated <c>/authorize</c> request; <see cref="Scopes"/> are the user scopes it asked for.</summary>
internal sealed record AuthorizationRequest(string ClientId, string RedirectUri, IReadOnlyList<string> Scopes, string State, string? CodeChallenge, string? Nonce);

internal sealed record CodeGrant(string AccountId, AuthorizationRequest Request, DateTimeOffset ExpiresAt);

/// <summary>An issued access token; <see cref="AccountId"/> is null for a partner (client_credentials) token.</summary>
internal sealed record AccessGrant(string? AccountId, string ClientId, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt)
{
    public bool ForcedExpired { get; init; }
}

/// <summary>A refresh token; single-use, but the used one keeps working for 24 h after its first use.</summary>
internal sealed record RefreshGrant(string AccountId, string ClientId, IReadOnlyList<string> Scopes, DateTimeOffset IssuedAt)
{
    public DateTimeOffset? FirstUsedAt { get; init; }
}
