namespace CarPulse.Web.Simulators.Tesla;

/// <summary>Settings under <c>TeslaSimulator</c>; timings use the app's <see cref="TimeProvider"/>.</summary>
public sealed class TeslaSimulatorOptions
{
    public const string Section = "TeslaSimulator";

    /// <summary>Access token lifetime, reported as <c>expires_in</c>. Tesla issues 8 h.</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(8);

    /// <summary>How long a sleeping car that can wake takes to come online after <c>wake_up</c>.</summary>
    public TimeSpan WakeDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Tesla's per-vehicle limit on data calls (reference §4).</summary>
    public int DataRequestsPerMinute { get; init; } = 60;

    /// <summary>Tesla's per-vehicle limit on <c>wake_up</c> (reference §4).</summary>
    public int WakeRequestsPerMinute { get; init; } = 3;
}
