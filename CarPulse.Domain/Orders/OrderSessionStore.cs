using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPulse.Domain.Orders;

/// <summary>Loads and saves order sessions; an unknown id is <see cref="OrderNotFound"/>, an expired one <see cref="OrderGone"/>.</summary>
public sealed class OrderSessionStore(CarPulseDb db, TimeProvider clock)
{
    public async Task<OrderSession> GetLiveAsync(string sessionId, CancellationToken cancellationToken)
    {
        var session = SessionId.IsWellFormed(sessionId)
            ? await db.OrderSessions.SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken)
            : null;
        if (session is null)
        {
            throw new OrderNotFound();
        }

        return session.IsExpired(clock.GetUtcNow()) ? throw new OrderGone() : session;
    }

    public void Add(OrderSession session) => db.OrderSessions.Add(session);

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
