namespace CarPulse.Domain.Reports;

public enum ReportJobStatus
{
    Queued,
    Complete,
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
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Who works on it, until when; null when nobody does.</summary>
    public string? LeaseOwner { get; private set; }
    public DateTimeOffset? LeaseUntil { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    public static ReportJob Queue(string orderSessionId, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        OrderSessionId = orderSessionId,
        Status = ReportJobStatus.Queued,
        CreatedAt = now,
    };
}
