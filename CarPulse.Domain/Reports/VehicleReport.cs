using System.Text.Json;

namespace CarPulse.Domain.Reports;

public enum VehicleReportStatus
{
    /// <summary>Every module of the package was fetched.</summary>
    Complete,

    /// <summary>Some modules are missing (named, with the reason); the rest is there.</summary>
    Partial,

    /// <summary>Nothing could be fetched.</summary>
    Failed,
}

/// <summary>
/// One vehicle's report: the package's modules as Tesla returned them, and the ones that could not be
/// fetched with the reason. Saved as soon as the vehicle is done, so a restart does not fetch it again.
/// </summary>
public sealed class VehicleReport
{
    private VehicleReport()
    {
        OrderSessionId = string.Empty;
        Modules = new Dictionary<string, JsonElement>();
        Missing = new Dictionary<string, string>();
    }

    public string OrderSessionId { get; private set; }
    public long VehicleId { get; private set; }
    public VehicleReportStatus Status { get; private set; }

    /// <summary>Module wire name → the module's data as JSON.</summary>
    public Dictionary<string, JsonElement> Modules { get; private set; }

    /// <summary>Module wire name → why it is missing (<see cref="MissingReason"/>).</summary>
    public Dictionary<string, string> Missing { get; private set; }

    public DateTimeOffset GeneratedAt { get; private set; }

    /// <summary>
    /// Modules fetched again after a retry join the report; what is still missing stays named. A retry that fetched
    /// nothing leaves the report's date alone, so its PDF (and the verification code a buyer may hold) stays current.
    /// </summary>
    internal void Merge(IReadOnlyDictionary<string, JsonElement> fetched, IReadOnlyDictionary<string, string> stillMissing, DateTimeOffset now)
    {
        Modules = new Dictionary<string, JsonElement>(Modules.Concat(fetched.Where(module => !Modules.ContainsKey(module.Key))));
        Missing = new Dictionary<string, string>(stillMissing);
        Status = StatusOf(Modules, Missing);
        if (fetched.Count > 0)
        {
            GeneratedAt = now;
        }
    }

    public bool NeedsReconnect => Missing.Values.Contains(MissingReason.Reconnect);

    private static VehicleReportStatus StatusOf(IReadOnlyDictionary<string, JsonElement> modules, IReadOnlyDictionary<string, string> missing) =>
        missing.Count == 0 ? VehicleReportStatus.Complete : modules.Count == 0 ? VehicleReportStatus.Failed : VehicleReportStatus.Partial;

    internal static VehicleReport From(string orderSessionId, long vehicleId, IReadOnlyDictionary<string, JsonElement> modules, IReadOnlyDictionary<string, string> missing, DateTimeOffset now) => new()
    {
        OrderSessionId = orderSessionId,
        VehicleId = vehicleId,
        Modules = new Dictionary<string, JsonElement>(modules),
        Missing = new Dictionary<string, string>(missing),
        Status = StatusOf(modules, missing),
        GeneratedAt = now,
    };
}

/// <summary>Why a module is missing from a report, as the API and the page name it.</summary>
public static class MissingReason
{
    public const string Asleep = "vehicle_asleep";
    public const string Unavailable = "tesla_unavailable";
    public const string RateLimited = "rate_limited";
    public const string NotFound = "not_found";
    public const string MissingScope = "missing_permission";
    public const string Reconnect = "reconnect_required";
}
