using System.Text.Json.Serialization;

namespace CarPulse.Domain.Tesla;

/// <summary>
/// <c>GET /api/1/vehicles/{tag}/vehicle_data</c>. Every section may be missing (not requested, not
/// granted, older firmware); ranges and odometer are in miles whatever the car displays.
/// </summary>
public sealed record VehicleData(
    long Id,
    string Vin,
    string? State,
    string? DisplayName,
    ChargeState? ChargeState,
    ClimateState? ClimateState,
    DriveState? DriveState,
    GuiSettings? GuiSettings,
    VehicleConfig? VehicleConfig,
    VehicleStatus? VehicleState);

public sealed record ChargeState(
    int? BatteryLevel,
    int? UsableBatteryLevel,
    double? BatteryRange,
    double? EstBatteryRange,
    double? IdealBatteryRange,
    int? ChargeLimitSoc,
    double? ChargeEnergyAdded,
    string? ChargingState,
    double? ChargerPower,
    double? TimeToFullCharge,
    string? FastChargerType,
    bool? ScheduledChargingPending,
    long? Timestamp);

public sealed record ClimateState(
    double? InsideTemp,
    double? OutsideTemp,
    double? DriverTempSetting,
    bool? IsClimateOn,
    bool? IsPreconditioning,
    string? ClimateKeeperMode,
    long? Timestamp);

public sealed record DriveState(
    double? Latitude,
    double? Longitude,
    int? Heading,
    long? GpsAsOf,
    string? ShiftState,
    double? Speed,
    double? Power,
    long? Timestamp);

public sealed record GuiSettings(
    string? GuiDistanceUnits,
    string? GuiTemperatureUnits,
    string? GuiRangeDisplay,
    string? GuiChargeRateUnits,
    string? GuiTirepressureUnits,
    [property: JsonPropertyName("gui_24_hour_time")] bool? Gui24HourTime);

public sealed record VehicleConfig(
    string? CarType,
    string? TrimBadging,
    string? ExteriorColor,
    string? WheelType,
    string? EfficiencyPackage,
    string? PerformancePackage,
    bool? EuVehicle,
    bool? Rhd,
    string? ChargePortType,
    string? RoofColor,
    string? InteriorTrimType);

public sealed record VehicleStatus(
    double? Odometer,
    string? CarVersion,
    string? VehicleName,
    bool? Locked,
    bool? SentryMode,
    bool? ValetMode,
    string? DashcamState,
    double? TpmsPressureFl,
    double? TpmsPressureFr,
    double? TpmsPressureRl,
    double? TpmsPressureRr,
    bool? TpmsSoftWarningFl,
    bool? TpmsSoftWarningFr,
    bool? TpmsSoftWarningRl,
    bool? TpmsSoftWarningRr,
    bool? TpmsHardWarningFl,
    bool? TpmsHardWarningFr,
    bool? TpmsHardWarningRl,
    bool? TpmsHardWarningRr,
    SoftwareUpdate? SoftwareUpdate,
    long? Timestamp);

public sealed record SoftwareUpdate(string? Status, string? Version, int? DownloadPerc, int? InstallPerc, long? ExpectedDurationSec);
