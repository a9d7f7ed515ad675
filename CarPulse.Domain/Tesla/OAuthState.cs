using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Tesla;

/// <summary>One pending sign-in: the CSRF state sent to Tesla and the PKCE verifier kept back for the exchange.</summary>
public sealed class OAuthState
{
    private OAuthState()
    {
        State = string.Empty;
        CodeVerifier = string.Empty;
    }

    private OAuthState(string state, string codeVerifier, DateTimeOffset expiresAt)
    {
        State = state;
        CodeVerifier = codeVerifier;
        ExpiresAt = expiresAt;
    }

    public string State { get; private set; }
    public string CodeVerifier { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }

    internal static OAuthState New(DateTimeOffset expiresAt) => new(BearerSecret.New(), BearerSecret.New(), expiresAt);
}

/// <summary>Issues states and burns them: a state is good once, within its lifetime, and then never again.</summary>
public sealed class OAuthStateStore(CarPulseDb db, IOptions<TeslaOptions> options, TimeProvider clock)
{
    public async Task<OAuthState> IssueAsync(CancellationToken cancellationToken)
    {
        var state = OAuthState.New(clock.GetUtcNow() + options.Value.StateLifetime);
        db.OAuthStates.Add(state);
        await db.SaveChangesAsync(cancellationToken);
        return state;
    }

    /// <summary>The PKCE verifier of a live state, deleting it in the same step; null when unknown, used or expired.</summary>
    public async Task<string?> BurnAsync(string? state, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(state) || state.Length > 64)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var pending = await db.OAuthStates.AsNoTracking().SingleOrDefaultAsync(s => s.State == state, cancellationToken);
        var burned = await db.OAuthStates.Where(s => s.State == state).ExecuteDeleteAsync(cancellationToken);
        return pending is not null && burned == 1 && pending.ExpiresAt > now ? pending.CodeVerifier : null;
    }
}
