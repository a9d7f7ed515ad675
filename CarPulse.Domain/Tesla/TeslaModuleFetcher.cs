using CarPulse.Domain.Orders;
using CarPulse.Domain.Reports;

namespace CarPulse.Domain.Tesla;

/// <summary>What one report module fetched from Tesla.</summary>
public abstract record ModuleData(ReportModule Module);

public sealed record VehicleDataModule(VehicleData Data) : ModuleData(ReportModule.VehicleData);

public sealed record ChargingHistoryModule(IReadOnlyList<ChargingSession> Sessions) : ModuleData(ReportModule.ChargingHistory);

public sealed record RecentAlertsModule(IReadOnlyList<RecentAlert> Alerts) : ModuleData(ReportModule.RecentAlerts);

public sealed record ServiceDataModule(ServiceStatus Service) : ModuleData(ReportModule.ServiceData);

public sealed record WarrantyModule(WarrantyDetails Warranty) : ModuleData(ReportModule.Warranty);

public sealed record ReleaseNotesModule(ReleaseNotes Notes) : ModuleData(ReportModule.ReleaseNotes);

public sealed record OptionsModule(IReadOnlyList<VehicleOption> Options) : ModuleData(ReportModule.Options);

public sealed record VehicleSpecsModule(VehicleSpecs Specs) : ModuleData(ReportModule.VehicleSpecs);

/// <summary>
/// One Fleet call per module, independent of each other, so report generation can run a vehicle's
/// modules in parallel. Vehicles are addressed by VIN, as Tesla prefers.
/// </summary>
public sealed class TeslaModuleFetcher(TeslaFleetClient fleet)
{
    public async Task<ModuleData> FetchAsync(ITeslaAccount account, SessionVehicle vehicle, ReportModule module, CancellationToken cancellationToken)
    {
        var vin = vehicle.Vin;
        return module switch
        {
            ReportModule.VehicleData => new VehicleDataModule(await fleet.GetVehicleDataAsync(account, vin, cancellationToken)),
            ReportModule.ChargingHistory => new ChargingHistoryModule(await fleet.GetChargingHistoryAsync(account, vin, cancellationToken)),
            ReportModule.RecentAlerts => new RecentAlertsModule(await fleet.GetRecentAlertsAsync(account, vin, cancellationToken)),
            ReportModule.ServiceData => new ServiceDataModule(await fleet.GetServiceDataAsync(account, vin, cancellationToken)),
            ReportModule.Warranty => new WarrantyModule(await fleet.GetWarrantyAsync(account, vin, cancellationToken)),
            ReportModule.ReleaseNotes => new ReleaseNotesModule(await fleet.GetReleaseNotesAsync(account, vin, cancellationToken)),
            ReportModule.Options => new OptionsModule(await fleet.GetOptionsAsync(account, vin, cancellationToken)),
            ReportModule.VehicleSpecs => new VehicleSpecsModule(await fleet.GetSpecsAsync(account.Region, vin, cancellationToken)),
            _ => throw new ArgumentOutOfRangeException(nameof(module), module, null),
        };
    }
}
