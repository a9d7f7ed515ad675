using CarPulse.Domain.Vehicles;

namespace CarPulse.Domain.Orders;

/// <summary>A vehicle as the inventory call returned it at connect time (no wake-up, so no odometer or battery).</summary>
public sealed record SessionVehicle(long Id, string Vin, string DisplayName, VehicleState State, string? CarType)
{
    public string Model => CarType is null ? CarModel.FromVin(Vehicles.Vin.Parse(Vin)) : CarModel.FromCarType(CarType);

    public int? Year => Vehicles.Vin.Parse(Vin).ModelYear;

    public string MaskedVin => Vehicles.Vin.Parse(Vin).Masked;

    public override string ToString() => $"Vehicle {Id} ({MaskedVin})";
}
