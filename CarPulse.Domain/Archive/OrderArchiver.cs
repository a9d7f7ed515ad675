using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace CarPulse.Domain.Archive;

/// <summary>Writes a paid order's records into the archive: <c>order.json</c> and a PDF per vehicle report.</summary>
public sealed class OrderArchiver(CarPulseDb db, IOrderArchive archive)
{
    public async Task ArchiveAsync(OrderSession session, IReadOnlyList<VehicleReport> reports, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking()
            .SingleOrDefaultAsync(p => p.OrderSessionId == session.Id && p.Status == PaymentStatus.Succeeded, cancellationToken)
            ?? throw new OrderConflict(session.Status, "archive an order without a payment");
        await archive.WriteAsync(ArchivePath.OrderRecord(session.Reference), OrderRecord.From(session, payment).ToJson(), cancellationToken);
    }
}
