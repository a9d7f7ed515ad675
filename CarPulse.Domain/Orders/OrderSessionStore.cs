using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPulse.Domain.Orders;

/// <summary>Loads and saves order sessions; an unknown id is <see cref="OrderNotFound"/>, an expired one <see cref="OrderGone"/>.</summary>
public sealed class OrderSessionStore(CarPulseDb db, TimeProvider clock)
{
    public async Task<OrderSession> GetLiveAsync(string sessionId, CancellationToken cancellationToken) =>
        Live(SessionId.IsWellFormed(sessionId) ? await db.OrderSessions.SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken) : null);

    /// <summary>The session for reading only (reports, downloads, receipts), with the same unknown and expired answers.</summary>
    public async Task<OrderSession> ReadLiveAsync(string sessionId, CancellationToken cancellationToken) =>
        Live(SessionId.IsWellFormed(sessionId) ? await db.OrderSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken) : null);

    public void Add(OrderSession session) => db.OrderSessions.Add(session);

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    private OrderSession Live(OrderSession? session) =>
        session is null ? throw new OrderNotFound()
        : session.IsExpired(clock.GetUtcNow()) ? throw new OrderGone()
        : session;
}
