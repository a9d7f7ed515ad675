using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Reports;

/// <summary>
/// The report jobs in the database. A claim is one short transaction: it reads the oldest free job so that no other
/// claimer can have it until the transaction ends (see <see cref="CarPulseDb.NextFreeReportJobAsync"/>: the write lock
/// on SQLite, <c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL, where claimers on other nodes take the next job meanwhile),
/// and takes it with an update that only matches the lease it read.
/// </summary>
public sealed class ReportQueue(CarPulseDb db, TimeProvider clock, IOptions<ReportOptions> options)
{
    /// <summary>Queues the order once; asking again is harmless.</summary>
    public async Task EnqueueAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (!await db.ReportJobs.AnyAsync(job => job.OrderSessionId == sessionId, cancellationToken))
        {
            db.ReportJobs.Add(ReportJob.Queue(sessionId, clock.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException duplicate) when (duplicate.IsUniqueViolation())
            {
                // Queued a moment ago by another call, as the unique index says; anything else is a real failure.
                db.ChangeTracker.Clear();
                if (!await db.ReportJobs.AnyAsync(job => job.OrderSessionId == sessionId, cancellationToken))
                {
                    throw;
                }
            }
        }
    }

    /// <summary>
    /// Queues follow-up work for an order whose job exists: a finished job is queued again with just that work, a
    /// waiting one takes it on as well. A job being worked on right now finishes first and is then queued again.
    /// </summary>
    public async Task RequeueAsync(string sessionId, ReportWork work, CancellationToken cancellationToken)
    {
        var job = await db.ReportJobs.SingleOrDefaultAsync(candidate => candidate.OrderSessionId == sessionId, cancellationToken);
        if (job is null)
        {
            db.ReportJobs.Add(ReportJob.Queue(sessionId, clock.GetUtcNow(), work));
        }
        else
        {
            job.Requeue(work);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Claims the oldest free job for <paramref name="worker"/>; null when none is free.</summary>
    public async Task<ReportJob?> ClaimNextAsync(string worker, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if ((await db.NextFreeReportJobAsync(now, cancellationToken)).SingleOrDefault() is not { } job)
        {
            return null;
        }

        var seen = job.LeaseUntil;
        var claimed = await db.ReportJobs
            .Where(candidate => candidate.Id == job.Id && candidate.Status == ReportJobStatus.Queued && candidate.LeaseUntil == seen)
            .ExecuteUpdateAsync(
                update => update
                    .SetProperty(candidate => candidate.LeaseOwner, worker)
                    .SetProperty(candidate => candidate.LeaseUntil, now + options.Value.Lease)
                    .SetProperty(candidate => candidate.Attempts, candidate => candidate.Attempts + 1),
                cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return claimed == 1 ? job : null;
    }

    /// <summary>
    /// Marks the job done, unless work was added while it ran: then it is freed at once and claimed again for
    /// all of it (what was done already is skipped, every step being idempotent).
    /// </summary>
    public async Task CompleteAsync(ReportJob claimed, string worker, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var completed = await db.ReportJobs.Where(job => job.Id == claimed.Id && job.LeaseOwner == worker && job.Work == claimed.Work).ExecuteUpdateAsync(
            update => update
                .SetProperty(job => job.Status, ReportJobStatus.Complete)
                .SetProperty(job => job.CompletedAt, now)
                .SetProperty(job => job.LeaseOwner, (string?)null)
                .SetProperty(job => job.LeaseUntil, (DateTimeOffset?)null),
            cancellationToken);
        if (completed == 0)
        {
            await ReleaseAsync(claimed.Id, worker, now, cancellationToken);
        }
    }

    /// <summary>Extends a lease its owner still holds; false when another worker has taken the job over.</summary>
    public async Task<bool> RenewAsync(Guid jobId, string worker, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow() + options.Value.Lease;
        return await db.ReportJobs.Where(job => job.Id == jobId && job.LeaseOwner == worker)
            .ExecuteUpdateAsync(update => update.SetProperty(job => job.LeaseUntil, until), cancellationToken) == 1;
    }

    /// <summary>Gives a failed job back, free again at <paramref name="retryAt"/> (a backoff, not a tight loop); only its lease owner can.</summary>
    public Task ReleaseAsync(Guid jobId, string worker, DateTimeOffset retryAt, CancellationToken cancellationToken) =>
        db.ReportJobs.Where(job => job.Id == jobId && job.LeaseOwner == worker).ExecuteUpdateAsync(
            update => update.SetProperty(job => job.LeaseOwner, (string?)null).SetProperty(job => job.LeaseUntil, retryAt),
            cancellationToken);
}
