using CarPulse.Domain.Vehicles;

namespace CarPulse.Domain.Orders;

/// <summary>
/// A vehicle as the inventory call returned it at connect time (no wake-up, so no odometer or battery). Once the
/// order's data is erased only the masked VIN is left in <see cref="Vin"/>, and no name.
/// </summary>
public sealed record SessionVehicle(long Id, string Vin, string DisplayName, VehicleState State, string? CarType)
{
    public bool IsErased => !Vehicles.Vin.TryParse(Vin, out _);

    public string Model => CarType is not null ? CarModel.FromCarType(CarType)
        : Vehicles.Vin.TryParse(Vin, out var vin) ? CarModel.FromVin(vin)
        : Vin.Length > 3 ? CarModel.FromModelLetter(Vin[3])
        : CarModel.Unknown;

    public int? Year => Vehicles.Vin.TryParse(Vin, out var vin) ? vin.ModelYear : null;

    public string MaskedVin => Vehicles.Vin.TryParse(Vin, out var vin) ? vin.Masked : Vin;

    /// <summary>What accounting may keep of the vehicle: its id, model and masked VIN.</summary>
    internal SessionVehicle Erased() => this with { Vin = MaskedVin, DisplayName = string.Empty };

    public override string ToString() => $"Vehicle {Id} ({MaskedVin})";
}
