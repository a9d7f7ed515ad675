using System.Globalization;
using CarPulse.Domain.Tesla;
using CarPulse.Domain.Vehicles;

namespace CarPulse.Web.Simulators.Tesla;

/// <summary>A demo Tesla account: its home region, the cars on it now, cars it sold, and every Supercharger session billed to it.</summary>
public sealed record SimulatedAccount(
    string Id,
    string Description,
    FleetRegion Region,
    IReadOnlyList<SimulatedVehicle> Vehicles,
    IReadOnlyList<SoldVehicle> SoldVehicles,
    IReadOnlyList<SimulatedChargingSession> ChargingSessions)
{
    /// <summary>The car a Fleet path or query names, by VIN or by Tesla's short id; null when it is not on this account.</summary>
    public SimulatedVehicle? FindVehicle(string? tag) =>
        tag is null ? null : Vehicles.FirstOrDefault(vehicle =>
            vehicle.Vin.Equals(tag, StringComparison.OrdinalIgnoreCase) || vehicle.Id.ToString(CultureInfo.InvariantCulture) == tag);
}

/// <summary>
/// A car on an account. <see cref="Id"/> is Tesla's short id (also the tag), <see cref="VehicleId"/> the long one.
/// <see cref="State"/> is the state when the snapshot was taken.
/// </summary>
public sealed record SimulatedVehicle(
    long Id,
    long VehicleId,
    string Vin,
    string DisplayName,
    VehicleState State,
    CarTrim Trim,
    Paint Paint,
    VehicleCondition Condition)
{
    /// <summary>False for a car that stays asleep or offline whatever <c>wake_up</c> is sent.</summary>
    public bool WakesUp { get; init; } = true;

    /// <summary>Built for the European market (<c>vehicle_config.eu_vehicle</c>, CCS2, km warranty).</summary>
    public bool EuVehicle { get; init; } = true;

    public int ModelYear => Domain.Vehicles.Vin.Parse(Vin).ModelYear ?? 0;
}

/// <summary>A car that left the account; its charging sessions stay in the account-level history.</summary>
public sealed record SoldVehicle(string Vin, CarTrim Trim, Paint Paint, DateOnly SoldOn);

public sealed record Paint(string Code, string ExteriorColor, string Name);
