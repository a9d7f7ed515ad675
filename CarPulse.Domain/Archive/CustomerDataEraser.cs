using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPulse.Domain.Archive;

/// <summary>
/// One rule for what an order keeps of its customer once the customer deletes it (GDPR art. 17) or its retention
/// period ends. Deleted: the report data, the archive folder (PDFs, Tesla's invoices, order.json), the email address,
/// the car names, the full VINs, the Tesla tokens and phone handoff links, and the messages' addresses. Kept, because
/// accounting law requires it: the order with its reference (the receipt number), its quote (the amount and VAT),
/// the payments, and the masked VIN (on the receipt's order and the verification entries).
/// </summary>
public sealed class CustomerDataEraser(CarPulseDb db, IOrderArchive archive, TimeProvider clock)
{
    /// <summary>
    /// Erases the order tracked by this eraser's context; the caller saves it (its version guards the change). The
    /// archive folder goes first: if saving fails the order is erased again next time, never half.
    /// </summary>
    public async Task EraseAsync(OrderSession session, bool byOwner, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        session.EraseCustomerData(now, byOwner);
        await archive.DeleteOrderAsync(session.Reference, cancellationToken);
        await db.VehicleReports.Where(report => report.OrderSessionId == session.Id).ExecuteDeleteAsync(cancellationToken);
        await db.ReportJobs.Where(job => job.OrderSessionId == session.Id).ExecuteDeleteAsync(cancellationToken);
        await db.HandoffTokens.Where(token => token.OrderSessionId == session.Id).ExecuteDeleteAsync(cancellationToken);

        var payments = await db.Payments.Where(p => p.OrderSessionId == session.Id).ToListAsync(cancellationToken);
        var addresses = payments.Select(p => p.CustomerEmail).OfType<string>().Distinct().ToList();
        payments.ForEach(payment => payment.EraseCustomerEmail());

        // "Find my order" messages name only the address: they go with the last order paid from it.
        var otherOrdersOfAddresses = await db.Payments
            .Where(p => p.OrderSessionId != session.Id && p.CustomerEmail != null && addresses.Contains(p.CustomerEmail))
            .Select(p => p.CustomerEmail).Distinct().ToListAsync(cancellationToken);
        var lastOrderOf = addresses.Except(otherOrdersOfAddresses).ToList();
        var messages = await db.OutboxMessages
            .Where(m => m.OrderSessionId == session.Id || (m.OrderSessionId == null && m.Recipient != null && lastOrderOf.Contains(m.Recipient)))
            .ToListAsync(cancellationToken);
        messages.ForEach(message => message.Erase());

        if (byOwner)
        {
            var verifications = await db.ReportVerifications.Where(v => v.OrderSessionId == session.Id).ToListAsync(cancellationToken);
            verifications.ForEach(verification => verification.Withdraw(now));
        }
    }
}
