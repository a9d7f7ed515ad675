namespace CarPulse.Web.Simulators.Tesla;

/// <summary>A factory configuration: everything about a car that does not change after delivery.</summary>
public sealed record CarTrim(
    string Model,
    string CarType,
    string TrimBadging,
    string Name,
    string OptionCode,
    string Drive,
    string Motor,
    double BatteryKwh,
    int EpaRangeMiles,
    int? WltpRangeKm,
    double ZeroToHundredSeconds,
    int TopSpeedKmh,
    int Seats,
    int CurbWeightKg,
    int MaxDcChargeKw,
    Wheels Wheels)
{
    /// <summary><c>Base</c>, <c>Performance</c> or <c>Plaid</c>, as in <c>vehicle_config.performance_package</c>.</summary>
    public string PerformancePackage { get; init; } = "Base";
}

/// <summary><see cref="WheelType"/> is Tesla's <c>vehicle_config.wheel_type</c>; <see cref="Code"/> the option code.</summary>
public sealed record Wheels(string Code, string WheelType, string Name, int Inches);
