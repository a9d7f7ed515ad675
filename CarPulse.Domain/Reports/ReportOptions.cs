namespace CarPulse.Domain.Reports;

public sealed class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>
    /// Vehicles of one order built at the same time. Tesla limits calls per vehicle, not per account, so this only
    /// bounds our own outbound calls; ten (the top price band) builds a typical fleet order in one wave and lets its
    /// sleeping cars wake together instead of queueing for a slot.
    /// </summary>
    public int VehicleParallelism { get; init; } = 10;

    /// <summary>
    /// Modules of one vehicle fetched at the same time. Eight is the expert package's whole set of calls, far below
    /// Tesla's 60 data calls a minute per vehicle.
    /// </summary>
    public int ModuleParallelism { get; init; } = 8;

    /// <summary>Orders one app instance works on at the same time; an order only waiting for its cars to wake does not count.</summary>
    public int ConcurrentJobs { get; init; } = 2;

    /// <summary>
    /// Orders one app instance holds on top of <see cref="ConcurrentJobs"/> while their cars wake. Waiting costs a poll of
    /// each car every <c>Tesla:WakePollInterval</c> and the lease renewal, so this bounds polling, not CPU; beyond it the
    /// instance takes no new order until one is done (another instance may).
    /// </summary>
    public int WaitingJobs { get; init; } = 20;

    /// <summary>How long a claimed job belongs to its worker before another may take it over; the worker renews it at a third of this while it works.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The app's public address for the PDFs' verification links (e.g. <c>https://carpulse.fi</c>). Unset, the links
    /// use the address the customer paid from; set it when the app runs behind a proxy that rewrites the host.
    /// </summary>
    public string? PublicBaseUrl { get; init; }

    /// <summary>How often the worker looks for queued jobs when idle.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);
}
