namespace CarPulse.Domain.Reports;

/// <summary>One block of Tesla data a report fetches per vehicle (SPEC §4).</summary>
public enum ReportModule
{
    VehicleData,
    ChargingHistory,
    RecentAlerts,
    ServiceData,
    Warranty,
    ReleaseNotes,
    Options,
    VehicleSpecs,
}

public static class ReportModules
{
    public static string ToWireName(this ReportModule module) => module switch
    {
        ReportModule.VehicleData => "vehicle_data",
        ReportModule.ChargingHistory => "charging_history",
        ReportModule.RecentAlerts => "recent_alerts",
        ReportModule.ServiceData => "service_data",
        ReportModule.Warranty => "warranty",
        ReportModule.ReleaseNotes => "release_notes",
        ReportModule.Options => "options",
        ReportModule.VehicleSpecs => "vehicle_specs",
        _ => throw new ArgumentOutOfRangeException(nameof(module), module, "Unknown report module."),
    };
}
