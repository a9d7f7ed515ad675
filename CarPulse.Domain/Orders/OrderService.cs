using CarPulse.Domain.Funnel;
using CarPulse.Domain.Pricing;

namespace CarPulse.Domain.Orders;

/// <summary>Orchestrates the customer's order steps: load the live session, apply one intent, save.</summary>
public sealed class OrderService(OrderSessionStore store, FunnelRecorder funnel, TimeProvider clock)
{
    public Task<OrderSession> GetAsync(string sessionId, CancellationToken cancellationToken) =>
        store.GetLiveAsync(sessionId, cancellationToken);

    public async Task<OrderSession> SelectAsync(string sessionId, IReadOnlyCollection<long> vehicleIds, PackageName package, CancellationToken cancellationToken)
    {
        var session = await store.GetLiveAsync(sessionId, cancellationToken);
        session.Select(vehicleIds, package, clock.GetUtcNow());
        await store.SaveAsync(cancellationToken);
        await funnel.OrderReachedAsync(FunnelStep.VehiclesSelected, sessionId);
        return session;
    }

    public async Task<OrderSession> ClearSelectionAsync(string sessionId, CancellationToken cancellationToken)
    {
        var session = await store.GetLiveAsync(sessionId, cancellationToken);
        session.ClearSelection(clock.GetUtcNow());
        await store.SaveAsync(cancellationToken);
        return session;
    }
}
