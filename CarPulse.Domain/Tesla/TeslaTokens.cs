namespace CarPulse.Domain.Tesla;

/// <summary>
/// The user's Tesla OAuth tokens. Encrypted at rest, never logged, never sent to the browser:
/// <see cref="ToString"/> is redacted so an accidental log or exception message shows nothing.
/// </summary>
public sealed record TeslaTokens(string AccessToken, string RefreshToken, DateTimeOffset ExpiresAt)
{
    public override string ToString() => $"TeslaTokens {{ expires {ExpiresAt:O} }}";
}
