using CarPulse.Domain.Funnel;
using CarPulse.Domain.Pricing;

namespace CarPulse.Domain.Orders;

/// <summary>
/// Orchestrates the customer's order steps: load the live session, apply one intent, save. A change to the
/// selection closes the checkout open for the old one first, so what a checkout charges always stays the order's.
/// </summary>
public sealed class OrderService(OrderSessionStore store, ICheckoutCloser checkouts, FunnelRecorder funnel, TimeProvider clock)
{
    public Task<OrderSession> GetAsync(string sessionId, CancellationToken cancellationToken) =>
        store.GetLiveAsync(sessionId, cancellationToken);

    public async Task<OrderSession> SelectAsync(string sessionId, IReadOnlyCollection<long> vehicleIds, PackageName package, CancellationToken cancellationToken)
    {
        var session = await store.ChangeAsync(
            sessionId,
            session => checkouts.ChangeTermsAsync(session, () => session.Select(vehicleIds, package, clock.GetUtcNow()), cancellationToken),
            cancellationToken);
        await funnel.OrderReachedAsync(FunnelStep.VehiclesSelected, sessionId);
        return session;
    }

    public Task<OrderSession> ClearSelectionAsync(string sessionId, CancellationToken cancellationToken) =>
        store.ChangeAsync(
            sessionId,
            session => checkouts.ChangeTermsAsync(session, () => session.ClearSelection(clock.GetUtcNow()), cancellationToken),
            cancellationToken);
}
