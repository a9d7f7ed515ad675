using CarPulse.Web.Simulators.Tesla.Fixtures;

namespace CarPulse.Web.Simulators.Tesla.Fleet;

internal sealed record SpecBattery(double CapacityKwh, string Chemistry);

internal sealed record SpecRange(int EpaMiles, int? WltpKm);

internal sealed record SpecPerformance(double ZeroToHundredKmhSeconds, int TopSpeedKmh);

internal sealed record SpecCharging(int MaxDcKw, double MaxAcKw, string ChargePort);

internal sealed record SpecWheels(string Code, string Name, int DiameterInches);

internal sealed record SpecColor(string Code, string Name);

/// <summary>The simulator's invention: Tesla's specs shape is not public (reference §3.6), so clients must tolerate extra fields.</summary>
internal sealed record VehicleSpecs(
    string Vin, string Model, string Trim, string TrimBadging, int ModelYear, string CarType, string Drive, string Motor, string Factory,
    SpecBattery Battery, SpecRange Range, SpecPerformance Performance, SpecCharging Charging, SpecWheels Wheels, SpecColor ExteriorColor,
    int Seats, int CurbWeightKg, IReadOnlyList<string> OptionCodes);

/// <summary><c>GET /api/1/vehicles/{vin}/specs</c>: partner token only, any VIN the simulator knows (sold cars too), no owner consent.</summary>
internal static class SpecsEndpoint
{
    public static IResult Get(FleetRequest request)
    {
        var vin = request.Route("tag") ?? string.Empty;
        var known = DemoAccounts.All.SelectMany(account => account.Vehicles.Select(v => (v.Vin, v.Trim, v.Paint, v.EuVehicle))
                .Concat(account.SoldVehicles.Select(s => (s.Vin, s.Trim, s.Paint, EuVehicle: true))))
            .FirstOrDefault(car => car.Vin.Equals(vin, StringComparison.OrdinalIgnoreCase));
        if (known.Vin is null)
        {
            return FleetErrors.NotFound();
        }

        var (_, trim, paint, eu) = known;
        var specs = new VehicleSpecs(
            known.Vin, trim.Model, trim.Name, trim.TrimBadging, Domain.Vehicles.Vin.Parse(known.Vin).ModelYear ?? 0, trim.CarType, trim.Drive, trim.Motor,
            Factory(known.Vin[10]),
            new SpecBattery(trim.BatteryKwh, known.Vin[6] == 'F' ? "LFP" : known.Vin.StartsWith("LRW", StringComparison.Ordinal) ? "NMC" : "NCA"),
            new SpecRange(trim.EpaRangeMiles, trim.WltpRangeKm),
            new SpecPerformance(trim.ZeroToHundredSeconds, trim.TopSpeedKmh),
            new SpecCharging(trim.MaxDcChargeKw, eu ? 11 : 11.5, eu ? "CCS2" : "NACS"),
            new SpecWheels(trim.Wheels.Code, trim.Wheels.Name, trim.Wheels.Inches),
            new SpecColor(paint.Code, paint.Name),
            trim.Seats,
            trim.CurbWeightKg,
            [.. FactoryOptions.For(known.Vin, trim, paint, eu).Select(option => option.Code.TrimStart('$'))]);
        return SimulatorJson.Json(new FleetResponse<VehicleSpecs>(specs), SimulatorJson.Snake);
    }

    private static string Factory(char plant) => plant switch
    {
        'F' => "Fremont, California",
        'A' => "Austin, Texas",
        'B' => "Berlin-Brandenburg, Germany",
        'C' => "Shanghai, China",
        _ => "Unknown",
    };
}
