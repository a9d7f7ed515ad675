namespace CarPulse.Web.Simulators.Tesla.Fixtures;

/// <summary>Dates are UTC <see cref="DateTime"/>s so they serialise with a <c>Z</c>, as Tesla writes them.</summary>
internal sealed record Warranty(
    string WarrantyType, string WarrantyDisplayName, DateTime ExpirationDate, int ExpirationOdometer, string OdometerUnit,
    DateTime? WarrantyExpiredOn, int CoverageAgeInYears);

internal sealed record WarrantyDetails(IReadOnlyList<Warranty> ActiveWarranty, IReadOnlyList<Warranty> UpcomingWarranty, IReadOnlyList<Warranty> ExpiredWarranty);

/// <summary>
/// Basic 4 years, battery and drive unit 8 years, with Tesla's distance limits (km for EU cars, miles otherwise).
/// Delivery is taken as spring of the model year.
/// </summary>
internal static class Warranties
{
    private const double KilometresPerMile = 1.609344;

    public static WarrantyDetails For(SimulatedVehicle vehicle, DateTimeOffset now)
    {
        var delivered = new DateTime(vehicle.ModelYear, 3, 15, 0, 0, 0, DateTimeKind.Utc).AddDays(new FixtureRandom("delivery:" + vehicle.Vin).Next(0, 120));
        var today = now.UtcDateTime;
        var unit = vehicle.EuVehicle ? "KM" : "MI";
        var odometer = vehicle.EuVehicle ? vehicle.Condition.OdometerMiles * KilometresPerMile : vehicle.Condition.OdometerMiles;
        var (basic, battery) = (vehicle.EuVehicle, vehicle.Trim) switch
        {
            (_, { Model: "Cybertruck" }) => vehicle.EuVehicle ? (80_000, 240_000) : (50_000, 150_000),
            (true, { Model: "Model S" or "Model X" }) => (80_000, 240_000),
            (true, { Drive: "RWD" }) => (80_000, 160_000),
            (true, _) => (80_000, 192_000),
            (false, { Model: "Model S" or "Model X" }) => (50_000, 150_000),
            (false, { Drive: "RWD" }) => (50_000, 100_000),
            (false, _) => (50_000, 120_000),
        };
        Warranty[] all =
        [
            Cover("NEW_MFG_WARRANTY", "Basic Vehicle Limited Warranty", 4, basic),
            Cover("BATTERY_WARRANTY", "Battery Limited Warranty", 8, battery),
            Cover("DRIVEUNIT_WARRANTY", "Drive Unit Limited Warranty", 8, battery),
        ];
        return new WarrantyDetails([.. all.Where(w => w.WarrantyExpiredOn is null)], [], [.. all.Where(w => w.WarrantyExpiredOn is not null)]);

        Warranty Cover(string type, string name, int years, int limit)
        {
            var expires = delivered.AddYears(years);
            DateTime? expiredOn = today >= expires ? expires
                : odometer >= limit ? (delivered + (today - delivered) * (limit / odometer)).Date
                : null;
            return new Warranty(type, name, expires, limit, unit, expiredOn, years);
        }
    }
}
