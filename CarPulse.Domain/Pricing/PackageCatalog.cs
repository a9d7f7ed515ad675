using CarPulse.Domain.Reports;

namespace CarPulse.Domain.Pricing;

/// <summary>The three packages and what each one fetches (SPEC §4). Fixed in code: changing a package is a release.</summary>
public static class PackageCatalog
{
    public static Package Basic { get; } = new(
        PackageName.Basic,
        "Basic",
        Array.AsReadOnly(new[]
        {
            "Vehicle identity and configuration",
            "Battery and charging state",
            "Battery health estimate",
            "Odometer and software version",
            "Climate and tyre pressures",
            "Security: Sentry Mode, locks and Valet Mode",
            "Dashcam status",
            "Current location",
        }),
        Array.AsReadOnly(new[] { ReportModule.VehicleData }));

    public static Package Pro { get; } = new(
        PackageName.Pro,
        "Pro",
        Array.AsReadOnly(new[]
        {
            "Everything in Basic",
            "Charging history and analytics",
            "Recent alerts",
            "Service status",
            "Warranty details",
            "Software release notes",
            "Factory options",
        }),
        Array.AsReadOnly(new[]
        {
            ReportModule.VehicleData,
            ReportModule.ChargingHistory,
            ReportModule.RecentAlerts,
            ReportModule.ServiceData,
            ReportModule.Warranty,
            ReportModule.ReleaseNotes,
            ReportModule.Options,
        }));

    public static Package Expert { get; } = new(
        PackageName.Expert,
        "Expert",
        Array.AsReadOnly(new[]
        {
            "Everything in Pro",
            "Full vehicle specifications",
        }),
        Array.AsReadOnly([.. Pro.Modules, ReportModule.VehicleSpecs]));

    public static IReadOnlyList<Package> All { get; } = Array.AsReadOnly(new[] { Basic, Pro, Expert });

    public static Package Get(PackageName name) => name switch
    {
        PackageName.Basic => Basic,
        PackageName.Pro => Pro,
        PackageName.Expert => Expert,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown package."),
    };
}
