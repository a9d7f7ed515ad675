namespace CarPulse.Domain.Reports;

public enum ReportJobStatus
{
    Queued,
    Complete,
}

/// <summary>What a job is asked to do; a follow-up after a Tesla reconnect adds to it.</summary>
[Flags]
public enum ReportWork
{
    /// <summary>Build every vehicle that has no report yet (the first run after payment, and a resumed one).</summary>
    Build = 1,

    /// <summary>Fetch again the modules that are missing from the saved reports, and only those.</summary>
    RetryMissing = 2,

    /// <summary>Fetch the charging invoices of the order's vehicles into the archive.</summary>
    Invoices = 4,
}

/// <summary>
/// The durable order to build a paid order's reports. A worker claims it with a lease; a worker that
/// dies lets the lease run out and another (or the restarted one) resumes where the saved vehicle
/// results end.
/// </summary>
public sealed class ReportJob
{
    private ReportJob()
    {
        OrderSessionId = string.Empty;
    }

    public Guid Id { get; private set; }
    public string OrderSessionId { get; private set; }
    public ReportJobStatus Status { get; private set; }
    public ReportWork Work { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Who works on it, until when; null when nobody does.</summary>
    public string? LeaseOwner { get; private set; }
    public DateTimeOffset? LeaseUntil { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    public static ReportJob Queue(string orderSessionId, DateTimeOffset now, ReportWork work = ReportWork.Build) => new()
    {
        Id = Guid.NewGuid(),
        OrderSessionId = orderSessionId,
        Status = ReportJobStatus.Queued,
        Work = work,
        CreatedAt = now,
    };

    internal void Requeue(ReportWork work)
    {
        if (Status == ReportJobStatus.Complete)
        {
            Status = ReportJobStatus.Queued;
            Work = work;
            Attempts = 0;
            LeaseOwner = null;
            LeaseUntil = null;
            CompletedAt = null;
        }
        else
        {
            Work |= work;
        }
    }
}
