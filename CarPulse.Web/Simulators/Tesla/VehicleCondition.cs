namespace CarPulse.Web.Simulators.Tesla;

public enum DisplayUnits
{
    /// <summary>km, °C, bar.</summary>
    Metric,

    /// <summary>mi, °F, psi.</summary>
    Imperial,
}

public sealed record GeoPoint(double Latitude, double Longitude, int Heading);

/// <summary>Tyre pressures in bar, as Tesla reports them whatever the display units.</summary>
public sealed record TyrePressures(double FrontLeft, double FrontRight, double RearLeft, double RearRight)
{
    /// <summary>Below this the car raises <c>tpms_soft_warning_*</c> for that tyre.</summary>
    public const double SoftWarningBelow = 2.5;
}

/// <summary>
/// What the car reports about itself now. Odometer and ranges are miles and temperatures °C on the wire whatever
/// <see cref="Units"/> (the car's display setting) says.
/// </summary>
public sealed record VehicleCondition(
    double OdometerMiles,
    string CarVersion,
    int BatteryLevel,
    int UsableBatteryLevel,
    int ChargeLimitSoc,
    string ChargingState,
    double DegradationPercent,
    double InsideTempC,
    double OutsideTempC,
    GeoPoint Location,
    TyrePressures Tyres,
    DisplayUnits Units)
{
    public bool Locked { get; init; } = true;

    public bool SentryMode { get; init; }

    public bool ValetMode { get; init; }

    public string DashcamState { get; init; } = "Recording";

    /// <summary>A downloaded or available update, shown in <c>vehicle_state.software_update</c>.</summary>
    public string? PendingUpdate { get; init; }

    public double ChargerPowerKw { get; init; }

    public double ChargeEnergyAddedKwh { get; init; }

    public bool InService { get; init; }
}
