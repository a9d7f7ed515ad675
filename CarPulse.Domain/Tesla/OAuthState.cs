using System.Security.Cryptography;
using System.Text;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Tesla;

/// <summary>
/// One pending sign-in: the CSRF state sent to Tesla, the PKCE verifier kept back for the exchange, and the browser
/// that started it (the hash of a key that browser holds in a cookie), so that Tesla's answer counts only there.
/// </summary>
public sealed class OAuthState
{
    private OAuthState()
    {
        State = string.Empty;
        CodeVerifier = string.Empty;
        BrowserKeyHash = string.Empty;
    }

    private OAuthState(string state, string codeVerifier, DateTimeOffset expiresAt, Reconnection? reconnection, string browserKeyHash)
    {
        State = state;
        CodeVerifier = codeVerifier;
        ExpiresAt = expiresAt;
        ReconnectOrderId = reconnection?.OrderSessionId;
        FollowUp = reconnection?.Work;
        BrowserKeyHash = browserKeyHash;
    }

    public string State { get; private set; }
    public string CodeVerifier { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public string BrowserKeyHash { get; private set; }

    /// <summary>Set when a paid order signs in again: the tokens go to that order instead of a new session.</summary>
    public string? ReconnectOrderId { get; private set; }

    /// <summary>What the order does once reconnected.</summary>
    public ReportWork? FollowUp { get; private set; }

    public Reconnection? Reconnection => ReconnectOrderId is { } order && FollowUp is { } work ? new Reconnection(order, work) : null;

    internal static OAuthState New(DateTimeOffset expiresAt, Reconnection? reconnection, string browserKey) =>
        new(BearerSecret.New(), BearerSecret.New(), expiresAt, reconnection, BearerSecret.Hash(browserKey));

    internal bool StartedBy(string? browserKey) =>
        BearerSecret.IsWellFormed(browserKey)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(BearerSecret.Hash(browserKey)), Encoding.ASCII.GetBytes(BrowserKeyHash));
}

/// <summary>What a callback's state turned out to be: the pending sign-in it names (now used up), or why it is refused.</summary>
public sealed record StateRedemption(OAuthState? Pending, ConnectFailure? Refusal)
{
    public static StateRedemption Refused(ConnectFailure refusal) => new(null, refusal);
}

/// <summary>A sign-in for an order that is already paid, and the work it is for (retry missing parts, fetch invoices).</summary>
public sealed record Reconnection(string OrderSessionId, ReportWork Work);

/// <summary>
/// Issues states and burns them: a state is good once, within its lifetime, in the browser that started it, and then
/// never again.
/// </summary>
public sealed class OAuthStateStore(CarPulseDb db, IOptions<TeslaOptions> options, TimeProvider clock)
{
    /// <param name="browserKey">The starting browser's key (a <see cref="BearerSecret"/> it keeps in a cookie); only its hash is stored.</param>
    public async Task<OAuthState> IssueAsync(Reconnection? reconnection, string browserKey, CancellationToken cancellationToken)
    {
        var state = OAuthState.New(clock.GetUtcNow() + options.Value.StateLifetime, reconnection, browserKey);
        db.OAuthStates.Add(state);
        await db.SaveChangesAsync(cancellationToken);
        return state;
    }

    /// <summary>
    /// A live state from the browser that started it, deleted in the same step. Unknown, used or expired states are
    /// <see cref="ConnectFailure.InvalidState"/>. A state presented by another browser is
    /// <see cref="ConnectFailure.OtherBrowser"/> and stays, so whoever replays a stolen callback cannot use it up.
    /// </summary>
    public async Task<StateRedemption> RedeemAsync(string? state, string? browserKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(state) || state.Length > 64)
        {
            return StateRedemption.Refused(ConnectFailure.InvalidState);
        }

        var pending = await db.OAuthStates.AsNoTracking().SingleOrDefaultAsync(s => s.State == state, cancellationToken);
        if (pending is null || pending.ExpiresAt <= clock.GetUtcNow())
        {
            await db.OAuthStates.Where(s => s.State == state).ExecuteDeleteAsync(cancellationToken);
            return StateRedemption.Refused(ConnectFailure.InvalidState);
        }

        if (!pending.StartedBy(browserKey))
        {
            return StateRedemption.Refused(ConnectFailure.OtherBrowser);
        }

        // One of two callbacks racing with the same state wins; the other finds nothing left to delete.
        var burned = await db.OAuthStates.Where(s => s.State == state).ExecuteDeleteAsync(cancellationToken);
        return burned == 1 ? new StateRedemption(pending, null) : StateRedemption.Refused(ConnectFailure.InvalidState);
    }
}
