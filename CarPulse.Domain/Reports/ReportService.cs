using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPulse.Domain.Reports;

/// <summary>A paid order's reports as saved so far.</summary>
public sealed record OrderReports(OrderSession Session, IReadOnlyList<VehicleReport> Vehicles);

/// <summary>Starts (idempotently) and reads the reports of a paid order.</summary>
public sealed class ReportService(CarPulseDb db, OrderSessionStore sessions, ReportQueue queue)
{
    /// <summary>Queues generation of a paid order; a generating or complete order is left as it is.</summary>
    public async Task<OrderSession> GenerateAsync(string sessionId, CancellationToken cancellationToken)
    {
        var session = await sessions.ReadLiveAsync(sessionId, cancellationToken);
        if (session.Status.IsUnpaid())
        {
            throw new OrderConflict(session.Status, "generate reports");
        }

        if (session.Status != OrderStatus.Complete)
        {
            await queue.EnqueueAsync(sessionId, cancellationToken);
        }

        return session;
    }

    public async Task<OrderReports> GetAsync(string sessionId, CancellationToken cancellationToken)
    {
        var session = await sessions.ReadLiveAsync(sessionId, cancellationToken);
        if (session.Status.IsUnpaid())
        {
            throw new OrderConflict(session.Status, "show reports");
        }

        var reports = await db.VehicleReports.AsNoTracking().Where(r => r.OrderSessionId == sessionId).OrderBy(r => r.VehicleId).ToListAsync(cancellationToken);
        return new OrderReports(session, reports);
    }

    /// <summary>One vehicle's saved report; unknown vehicles and vehicles not yet built are <see cref="ReportNotFound"/>.</summary>
    public async Task<(OrderSession Session, VehicleReport Report)> GetVehicleAsync(string sessionId, long vehicleId, CancellationToken cancellationToken)
    {
        var order = await GetAsync(sessionId, cancellationToken);
        var report = order.Vehicles.SingleOrDefault(r => r.VehicleId == vehicleId) ?? throw new ReportNotFound("This vehicle has no report in this order (yet).");
        return (order.Session, report);
    }
}
