using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPulse.Domain.Admin;

/// <summary>
/// Opens, checks and ends admin sessions. A session is live from sign-in until logout or its absolute end; every
/// request and every open back-office circuit asks here, so a logout holds for a cookie copied before it.
/// </summary>
public sealed class AdminSessionStore(CarPulseDb db, TimeProvider clock)
{
    /// <summary>A new session for <paramref name="username"/> until <paramref name="expiresAt"/>; sessions past their end are deleted on the way.</summary>
    /// <returns>The session's id, for the cookie only.</returns>
    public async Task<string> OpenAsync(string username, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.AdminSessions.Where(session => session.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        var id = BearerSecret.New();
        db.AdminSessions.Add(new AdminSessionRecord(BearerSecret.Hash(id), username, now, expiresAt));
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }

    public async Task<bool> IsLiveAsync(string? id, CancellationToken cancellationToken)
    {
        if (!BearerSecret.IsWellFormed(id))
        {
            return false;
        }

        var hash = BearerSecret.Hash(id);
        var now = clock.GetUtcNow();
        return await db.AdminSessions.AnyAsync(session => session.IdHash == hash && session.ExpiresAt > now, cancellationToken);
    }

    /// <summary>Ends the session: from now on no copy of its cookie is let in.</summary>
    public async Task EndAsync(string? id, CancellationToken cancellationToken)
    {
        if (BearerSecret.IsWellFormed(id))
        {
            var hash = BearerSecret.Hash(id);
            await db.AdminSessions.Where(session => session.IdHash == hash).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
