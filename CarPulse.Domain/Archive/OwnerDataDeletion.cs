using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;

namespace CarPulse.Domain.Archive;

/// <summary>"Delete my data" on the reports page: the holder of the order's link erases it, in one transaction.</summary>
public sealed class OwnerDataDeletion(CarPulseDb db, OrderSessionStore orders, CustomerDataEraser eraser)
{
    /// <exception cref="OrderConflict">While the reports are still being built (they would bring the data back).</exception>
    public async Task DeleteAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await orders.ChangeAsync(sessionId, session => eraser.EraseAsync(session, byOwner: true, cancellationToken), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
