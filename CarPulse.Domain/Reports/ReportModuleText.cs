namespace CarPulse.Domain.Reports;

/// <summary>
/// The English text (the translation key) for report modules and why one is missing, shared by the dashboard's
/// progress panel, the report sheet and the PDF.
/// </summary>
public static class ReportModuleText
{
    public static string Title(ReportModule module) => module switch
    {
        ReportModule.VehicleData => "Vehicle data",
        ReportModule.ChargingHistory => "Charging history",
        ReportModule.RecentAlerts => "Recent alerts",
        ReportModule.ServiceData => "Service status",
        ReportModule.Warranty => "Warranty",
        ReportModule.ReleaseNotes => "Release notes",
        ReportModule.Options => "Factory options",
        ReportModule.VehicleSpecs => "Full specifications",
        _ => module.ToString(),
    };

    /// <summary>A module saved under a wire name this version does not know is named by that wire name.</summary>
    public static string Title(string wireName) =>
        Enum.GetValues<ReportModule>().Where(module => module.ToWireName() == wireName).Select(module => Title(module)).FirstOrDefault() ?? wireName;

    public static string MissingReason(string reason) => reason switch
    {
        Reports.MissingReason.Asleep => "the car stayed asleep",
        Reports.MissingReason.RateLimited => "Tesla asked us to slow down",
        Reports.MissingReason.NotFound => "not available for this car",
        Reports.MissingReason.MissingScope => "permission not granted",
        Reports.MissingReason.Reconnect => "the Tesla connection expired",
        _ => "Tesla could not be reached",
    };
}
