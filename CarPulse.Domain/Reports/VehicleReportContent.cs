using System.Text.Json;
using CarPulse.Domain.Tesla;

namespace CarPulse.Domain.Reports;

/// <summary>A saved vehicle report read back into Tesla's typed shapes; a module that is missing is null.</summary>
public sealed record VehicleReportContent(
    VehicleData? Data,
    IReadOnlyList<ChargingSession>? Charging,
    IReadOnlyList<RecentAlert>? Alerts,
    ServiceStatus? Service,
    WarrantyDetails? Warranty,
    ReleaseNotes? ReleaseNotes,
    IReadOnlyList<VehicleOption>? Options,
    VehicleSpecs? Specs)
{
    public static VehicleReportContent Read(VehicleReport report) => new(
        Module<VehicleData>(report, ReportModule.VehicleData),
        Module<List<ChargingSession>>(report, ReportModule.ChargingHistory),
        Module<List<RecentAlert>>(report, ReportModule.RecentAlerts),
        Module<ServiceStatus>(report, ReportModule.ServiceData),
        Module<WarrantyDetails>(report, ReportModule.Warranty),
        Module<ReleaseNotes>(report, ReportModule.ReleaseNotes),
        Module<List<VehicleOption>>(report, ReportModule.Options),
        Module<VehicleSpecs>(report, ReportModule.VehicleSpecs));

    private static T? Module<T>(VehicleReport report, ReportModule module) where T : class =>
        report.Modules.TryGetValue(module.ToWireName(), out var json) ? json.Deserialize<T>(ReportGenerator.JsonOptions) : null;
}
