using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Orders;

/// <summary>Loads and saves order sessions; an unknown id is <see cref="OrderNotFound"/>, an expired one <see cref="OrderGone"/>.</summary>
public sealed class OrderSessionStore(CarPulseDb db, TimeProvider clock, IOptions<OrderOptions> options)
{
    /// <summary>How long a new unpaid session lives (<c>Orders:SessionLifetime</c>).</summary>
    public TimeSpan SessionLifetime => options.Value.SessionLifetime;

    public async Task<OrderSession> GetLiveAsync(string sessionId, CancellationToken cancellationToken) =>
        Live(SessionId.IsWellFormed(sessionId) ? await db.OrderSessions.SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken) : null);

    /// <summary>The session for reading only (reports, downloads, receipts), with the same unknown and expired answers.</summary>
    public async Task<OrderSession> ReadLiveAsync(string sessionId, CancellationToken cancellationToken) =>
        Live(SessionId.IsWellFormed(sessionId) ? await db.OrderSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken) : null);

    /// <summary>
    /// Loads the live session, applies one change and saves it. When another request changed the session between
    /// the read and the save (its <see cref="OrderSession.Version"/> moved), the change runs again on a fresh read,
    /// so it is always decided on the session as it is. Nothing is written when the change changed nothing.
    /// </summary>
    public Task<OrderSession> ChangeAsync(string sessionId, Func<OrderSession, Task> change, CancellationToken cancellationToken) =>
        ChangeAsync(
            sessionId,
            async session =>
            {
                await change(session);
                return session;
            },
            cancellationToken);

    /// <inheritdoc cref="ChangeAsync(string, Func{OrderSession, Task}, CancellationToken)"/>
    public Task<T> ChangeAsync<T>(string sessionId, Func<OrderSession, Task<T>> change, CancellationToken cancellationToken) =>
        db.RetryOnConflictAsync(
            async () =>
            {
                var session = await GetLiveAsync(sessionId, cancellationToken);
                var result = await change(session);
                await db.SaveChangesAsync(cancellationToken);
                return result;
            },
            cancellationToken);

    public void Add(OrderSession session) => db.OrderSessions.Add(session);

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    private OrderSession Live(OrderSession? session) =>
        session is null ? throw new OrderNotFound()
        : session.IsExpired(clock.GetUtcNow()) ? throw new OrderGone()
        : session;
}
