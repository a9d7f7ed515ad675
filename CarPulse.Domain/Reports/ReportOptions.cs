namespace CarPulse.Domain.Reports;

public sealed class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>Vehicles of one order built at the same time.</summary>
    public int VehicleParallelism { get; init; } = 4;

    /// <summary>Modules of one vehicle fetched at the same time.</summary>
    public int ModuleParallelism { get; init; } = 4;

    /// <summary>How long a claimed job belongs to its worker before another may take it over.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the worker looks for queued jobs when idle.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);
}
