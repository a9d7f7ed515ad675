using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Messages;

/// <summary>
/// Puts a customer's messages into the outbox as part of the caller's unit of work: the message is saved with the
/// event that causes it (the payment, the finished reports) or not at all. An event already queued is not queued again.
/// </summary>
public sealed class CustomerMail(CarPulseDb db, IOptions<ReportOptions> reports, IOptionsMonitor<CompanyOptions> company, TimeProvider clock)
{
    public static string ConfirmationEvent(OrderSession session) => $"confirmation:{session.Reference}";

    public static string ReportsReadyEvent(OrderSession session) => $"reports-ready:{session.Reference}";

    /// <summary>Each time Tesla refuses the connection is an event of its own: the session's version tells them apart.</summary>
    public static string ActionNeededEvent(OrderSession session) => $"action-needed:{session.Reference}:{session.Version}";

    /// <summary>Queues a message about the order to <paramref name="recipient"/>; an order without an address gets none.</summary>
    public void Queue(OrderSession session, MessageKind kind, string? recipient, string eventKey)
    {
        if (recipient is not null)
        {
            db.OutboxMessages.Add(OutboxMessage.Queue(
                eventKey, kind, session.Id, recipient, session.Language ?? "en", SiteAddress.Of(session, reports.Value, company.CurrentValue), clock.GetUtcNow()));
        }
    }

    /// <summary>Queues a message about the order to the address it was paid with, once per event.</summary>
    public async Task QueueOnceAsync(OrderSession session, MessageKind kind, string eventKey, CancellationToken cancellationToken)
    {
        if (!await db.OutboxMessages.AnyAsync(m => m.EventKey == eventKey, cancellationToken))
        {
            Queue(session, kind, await RecipientAsync(session.Id, cancellationToken), eventKey);
        }
    }

    /// <summary>"Find my order": the links of the address's orders, composed when sent. An address without orders gets nothing.</summary>
    /// <returns>Whether a message was queued (never shown to the person asking: the page answers the same either way).</returns>
    public async Task<bool> QueueOrderLinksAsync(string email, string language, Uri siteUrl, CancellationToken cancellationToken)
    {
        var recipient = EmailAddress.Parse(email, "email");
        if (!await OrdersOf(recipient).AnyAsync(cancellationToken))
        {
            return false;
        }

        db.OutboxMessages.Add(OutboxMessage.Queue(
            $"links:{Guid.NewGuid():N}", MessageKind.OrderLinks, null, recipient, language, reports.Value.PublicBaseUrl ?? siteUrl.ToString(), clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The orders paid with <paramref name="recipient"/> whose data the customer still has.</summary>
    internal IQueryable<OrderSession> OrdersOf(string recipient) =>
        db.OrderSessions.AsNoTracking().Where(s => s.DeletedByOwnerAt == null && s.ReportsDeletedAt == null
            && db.Payments.Any(p => p.OrderSessionId == s.Id && p.Status == PaymentStatus.Succeeded && p.CustomerEmail == recipient));

    private Task<string?> RecipientAsync(string sessionId, CancellationToken cancellationToken) =>
        db.Payments.AsNoTracking()
            .Where(p => p.OrderSessionId == sessionId && p.Status == PaymentStatus.Succeeded && p.CustomerEmail != null)
            .Select(p => p.CustomerEmail)
            .FirstOrDefaultAsync(cancellationToken);
}
