using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPulse.Domain.Orders.Handoffs;

/// <summary>
/// Issues and redeems handoff links. A link is reusable until it expires: the phone may reload it, and
/// a camera app may fetch it once for a preview before the user taps it; burning it on first use would
/// break both and protect nothing, since the order URL it leads to is itself the bearer secret.
/// </summary>
public sealed class HandoffService(CarPulseDb db, OrderSessionStore sessions, TimeProvider clock)
{
    /// <summary>A new link for a live order; <see cref="OrderNotFound"/> or <see cref="OrderGone"/> otherwise.</summary>
    public async Task<HandoffToken> CreateAsync(string sessionId, CancellationToken cancellationToken)
    {
        var session = await sessions.GetLiveAsync(sessionId, cancellationToken);
        var handoff = HandoffToken.Issue(session.Id, clock.GetUtcNow());
        db.HandoffTokens.Add(handoff);
        await db.SaveChangesAsync(cancellationToken);
        return handoff;
    }

    public async Task<HandoffRedemption> RedeemAsync(string? token, CancellationToken cancellationToken)
    {
        if (!HandoffToken.IsWellFormed(token))
        {
            return new HandoffRedemption.Unknown();
        }

        var handoff = await db.HandoffTokens.AsNoTracking().SingleOrDefaultAsync(h => h.Token == token, cancellationToken);
        if (handoff is null)
        {
            return new HandoffRedemption.Unknown();
        }

        var now = clock.GetUtcNow();
        if (handoff.IsExpired(now))
        {
            return new HandoffRedemption.Expired();
        }

        var session = await db.OrderSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == handoff.OrderSessionId, cancellationToken);
        return session switch
        {
            null => new HandoffRedemption.Unknown(),
            _ when session.IsExpired(now) => new HandoffRedemption.Expired(),
            _ => new HandoffRedemption.Opened(session.Id),
        };
    }
}
