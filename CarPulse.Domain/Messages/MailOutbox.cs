using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Messages;

/// <summary>
/// The outbox's sending side. A claim is one conditional update, as <c>ReportQueue</c>'s: of two senders (two nodes, or a
/// restarted one) that see the same message, only the one whose update still matches the lease it read wins it, and
/// only the lease owner can mark it sent or failed.
/// </summary>
public sealed class MailOutbox(CarPulseDb db, TimeProvider clock, IOptions<EmailOptions> options)
{
    public async Task<OutboxMessage?> ClaimNextAsync(string worker, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == MessageStatus.Queued && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
            .OrderBy(m => m.NextAttemptAt)
            .Take(5)
            .ToListAsync(cancellationToken);
        foreach (var message in due)
        {
            var seen = message.LeaseUntil;
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == message.Id && m.Status == MessageStatus.Queued && m.LeaseUntil == seen)
                .ExecuteUpdateAsync(
                    update => update
                        .SetProperty(m => m.LeaseOwner, worker)
                        .SetProperty(m => m.LeaseUntil, now + options.Value.Lease)
                        .SetProperty(m => m.Attempts, m => m.Attempts + 1),
                    cancellationToken);
            if (claimed == 1)
            {
                return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == message.Id, cancellationToken);
            }
        }

        return null;
    }

    public Task MarkSentAsync(Guid id, string worker, CancellationToken cancellationToken) =>
        Settle(id, worker).ExecuteUpdateAsync(
            update => update
                .SetProperty(m => m.Status, MessageStatus.Sent)
                .SetProperty(m => m.SentAt, clock.GetUtcNow())
                .SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null),
            cancellationToken);

    /// <summary>There is nothing to send any more (the order's data went): the message is closed without a try.</summary>
    public Task CancelAsync(Guid id, string worker, CancellationToken cancellationToken) =>
        Settle(id, worker).ExecuteUpdateAsync(
            update => update
                .SetProperty(m => m.Status, MessageStatus.Cancelled)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null),
            cancellationToken);

    /// <summary>A failed try: queued again after a backoff that doubles each time, or failed for good after the last one.</summary>
    public Task MarkFailedAsync(OutboxMessage claimed, string worker, string error, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var final = claimed.Attempts >= settings.MaxAttempts;
        var reason = error.Length > OutboxMessageLimits.ErrorLength ? error[..OutboxMessageLimits.ErrorLength] : error;
        return Settle(claimed.Id, worker).ExecuteUpdateAsync(
            update => update
                .SetProperty(m => m.Status, final ? MessageStatus.Failed : MessageStatus.Queued)
                .SetProperty(m => m.NextAttemptAt, clock.GetUtcNow() + settings.Backoff(claimed.Attempts))
                .SetProperty(m => m.LastError, reason)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null),
            cancellationToken);
    }

    private IQueryable<OutboxMessage> Settle(Guid id, string worker) =>
        db.OutboxMessages.Where(m => m.Id == id && m.LeaseOwner == worker && m.Status == MessageStatus.Queued);
}

internal static class OutboxMessageLimits
{
    public const int ErrorLength = 500;
    public const int EventKeyLength = 120;
}
