using CarPulse.Domain.Persistence;
using CarPulse.Domain.Reports;
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

    private OAuthState(string state, string codeVerifier, DateTimeOffset expiresAt, Reconnection? reconnection)
    {
        State = state;
        CodeVerifier = codeVerifier;
        ExpiresAt = expiresAt;
        ReconnectOrderId = reconnection?.OrderSessionId;
        FollowUp = reconnection?.Work;
    }

    public string State { get; private set; }
    public string CodeVerifier { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>Set when a paid order signs in again: the tokens go to that order instead of a new session.</summary>
    public string? ReconnectOrderId { get; private set; }

    /// <summary>What the order does once reconnected.</summary>
    public ReportWork? FollowUp { get; private set; }

    public Reconnection? Reconnection => ReconnectOrderId is { } order && FollowUp is { } work ? new Reconnection(order, work) : null;

    internal static OAuthState New(DateTimeOffset expiresAt, Reconnection? reconnection) => new(BearerSecret.New(), BearerSecret.New(), expiresAt, reconnection);
}

/// <summary>A sign-in for an order that is already paid, and the work it is for (retry missing parts, fetch invoices).</summary>
public sealed record Reconnection(string OrderSessionId, ReportWork Work);

/// <summary>Issues states and burns them: a state is good once, within its lifetime, and then never again.</summary>
public sealed class OAuthStateStore(CarPulseDb db, IOptions<TeslaOptions> options, TimeProvider clock)
{
    public async Task<OAuthState> IssueAsync(Reconnection? reconnection, CancellationToken cancellationToken)
    {
        var state = OAuthState.New(clock.GetUtcNow() + options.Value.StateLifetime, reconnection);
        db.OAuthStates.Add(state);
        await db.SaveChangesAsync(cancellationToken);
        return state;
    }

    /// <summary>A live state, deleted in the same step; null when unknown, used or expired.</summary>
    public async Task<OAuthState?> BurnAsync(string? state, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(state) || state.Length > 64)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var pending = await db.OAuthStates.AsNoTracking().SingleOrDefaultAsync(s => s.State == state, cancellationToken);
        var burned = await db.OAuthStates.Where(s => s.State == state).ExecuteDeleteAsync(cancellationToken);
        return pending is not null && burned == 1 && pending.ExpiresAt > now ? pending : null;
    }
}
