using CarPulse.Domain.Reports;

namespace CarPulse.Web.Features.Reports;

/// <summary>The English text (the localization key) for report modules, progress and missing reasons.</summary>
public static class ReportText
{
    public static string ModuleTitle(ReportModule module) => module switch
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

    public static string ProgressText(ModuleProgress progress) => progress switch
    {
        ModuleProgress.Waiting => "Waiting",
        ModuleProgress.Fetching => "Fetching from Tesla…",
        ModuleProgress.Done => "Done",
        _ => "Missing",
    };

    public static string MissingText(string reason) => reason switch
    {
        MissingReason.Asleep => "the car stayed asleep",
        MissingReason.RateLimited => "Tesla asked us to slow down",
        MissingReason.NotFound => "not available for this car",
        MissingReason.MissingScope => "permission not granted",
        MissingReason.Reconnect => "the Tesla connection expired",
        _ => "Tesla could not be reached",
    };
}
