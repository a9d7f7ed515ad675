using System.Security.Claims;
using CarPulse.Domain.Messages;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CarPulse.Domain.Admin;

/// <summary>One outbox message as the back office lists it: the address masked, never whole.</summary>
public sealed record OutboxEntry(
    Guid Id, MessageKind Kind, string? OrderReference, string MaskedRecipient, MessageStatus Status, int Attempts,
    DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt, string? LastError);

/// <summary>The back office's view of the outbox, and sending an order's confirmation or report link again, audited.</summary>
public sealed partial class MessageAdministration(CarPulseDb db, CustomerMail mail, TimeProvider clock, ILogger<MessageAdministration> log)
{
    public const int MaxListed = 200;

    /// <exception cref="AdminAccessDenied">When <paramref name="admin"/> is not a signed-in admin.</exception>
    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(ClaimsPrincipal admin, MessageStatus? status, CancellationToken cancellationToken)
    {
        AdminActor.Require(admin);
        var messages = db.OutboxMessages.AsNoTracking();
        if (status is { } only)
        {
            messages = messages.Where(m => m.Status == only);
        }

        var listed = await messages.OrderByDescending(m => m.CreatedAt).Take(MaxListed).ToListAsync(cancellationToken);
        var ids = listed.Select(m => m.OrderSessionId).OfType<string>().Distinct().ToList();
        var references = await db.OrderSessions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Reference, cancellationToken);
        return listed.Select(m => new OutboxEntry(
            m.Id, m.Kind, m.OrderSessionId is { } id ? references.GetValueOrDefault(id) : null, EmailAddress.Masked(m.Recipient), m.Status, m.Attempts,
            m.CreatedAt, m.NextAttemptAt, m.SentAt, m.LastError)).ToList();
    }

    /// <summary>Sends the order's confirmation (with the receipt) or its report link again, to the address that paid.</summary>
    /// <exception cref="AdminAccessDenied">When <paramref name="admin"/> is not a signed-in admin.</exception>
    /// <exception cref="AdminEditConflict">When the order has no address, its data was deleted, or its reports are not ready.</exception>
    public async Task ResendAsync(ClaimsPrincipal admin, string reference, MessageKind kind, CancellationToken cancellationToken)
    {
        var actor = AdminActor.Require(admin);
        var normal = reference.Trim().ToUpperInvariant();
        var session = await db.OrderSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Reference == normal, cancellationToken) ?? throw new OrderNotFound();
        var recipient = await db.Payments.AsNoTracking()
            .Where(p => p.OrderSessionId == session.Id && p.Status == PaymentStatus.Succeeded && p.CustomerEmail != null)
            .Select(p => p.CustomerEmail).FirstOrDefaultAsync(cancellationToken);
        var refusal = (kind, session) switch
        {
            _ when session.DeletedByOwnerAt is not null => "The customer deleted this order's data: there is nothing to send.",
            _ when recipient is null => "This order has no email address (a free order without one): send the report link another way.",
            (MessageKind.ReportsReady, { Status: not OrderStatus.Complete }) => "The reports are not ready yet: their link goes out by itself when they are.",
            (not (MessageKind.OrderConfirmation or MessageKind.ReportsReady), _) => "Only the confirmation and the report link can be sent again.",
            _ => null,
        };
        if (refusal is not null)
        {
            throw new AdminEditConflict(refusal);
        }

        mail.Queue(session, kind, recipient, $"resend-{kind}:{session.Reference}:{Guid.NewGuid():N}");
        var action = kind == MessageKind.OrderConfirmation ? OrderAction.ConfirmationResent : OrderAction.ReportLinkResent;
        db.AuditEntries.Add(AuditEntry.Record<OrderAction>(
            actor, AuditEntry.OrderEntity, session.Reference, null, new OrderAction(session.Status.ToWireName(), action), clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        LogResent(log, actor.Username, kind, session.Reference);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin {AdminUsername} sent the {Kind} of order {OrderReference} again")]
    private static partial void LogResent(ILogger logger, string adminUsername, MessageKind kind, string orderReference);
}
