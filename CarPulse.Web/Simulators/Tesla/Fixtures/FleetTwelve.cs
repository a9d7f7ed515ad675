using CarPulse.Domain.Vehicles;

namespace CarPulse.Web.Simulators.Tesla.Fixtures;

/// <summary>The <c>fleet-12</c> account: a company pool of twelve cars named by depot.</summary>
internal static class FleetTwelve
{
    /// <summary>Above 2^53: a JSON reader that parses ids as doubles gets it wrong; <c>id_s</c> carries it exactly.</summary>
    public const long LargeId = 9214751830426851;

    public static IReadOnlyList<SimulatedVehicle> Vehicles { get; } =
    [
        Car(1, "5YJ3E7EB9KF204981", "CP-01 Helsinki", VehicleState.Online, Trims.Model3LongRange2019, Paints.MidnightSilver,
            Conditions.Parked(88_412.7, "2024.44.25 c6d521764ab9", 63, new(60.1699, 24.9384, 45)) with { DegradationPercent = 11.2 }),
        Car(2, "LRW3E7EAXLC118274", "CP-02 Espoo", VehicleState.Asleep, Trims.Model3StandardRangePlus2020, Paints.PearlWhite,
            Conditions.Parked(71_006.3, "2024.38.7 5d0e7a21c3b4", 48, new(60.2055, 24.6559, 180)) with { DegradationPercent = 8.1 }),
        Car(3, "LRW3E7FA6PC552731", "CP-03 Vantaa", VehicleState.Online, Trims.Model3Rwd2023, Paints.StealthGrey,
            Conditions.Parked(29_874.0, "2025.14.3 2f8b1e6c0d7a", 100, new(60.2934, 25.0378, 300)) with
            {
                ChargeLimitSoc = 100, ChargingState = "Complete", DegradationPercent = 2.5, Tyres = new(2.9, 2.9, 2.3, 2.8),
            }),
        Car(4, "LRW3E7EB0RC301846", "CP-04 Tampere", VehicleState.Online, Trims.Model3LongRange2024, Paints.UltraRed,
            Conditions.Parked(14_220.5, "2025.20.6 9a3c4e1b7f20", 77, new(61.4978, 23.7610, 90)) with { DegradationPercent = 1.8 }),
        Car(5, "XP7YGCEE6NB041177", "CP-05 Turku", VehicleState.Offline, Trims.ModelYLongRange2022, Paints.SolidBlack,
            Conditions.Parked(52_931.8, "2024.2.7 7c3e9f12a8b5", 22, new(60.4518, 22.2666, 0)) with { DegradationPercent = 6.4 }, wakes: false),
        Car(6, "XP7YGCEF3PB118342", "CP-06 Oulu", VehicleState.Online, Trims.ModelYPerformance2023, Paints.DeepBlue,
            Conditions.Parked(39_655.2, "2025.14.3 2f8b1e6c0d7a", 58, new(65.0121, 25.4651, 210)) with
            {
                InService = true, Locked = false, DashcamState = "Unavailable", OutsideTempC = -4.5, InsideTempC = 6.0, UsableBatteryLevel = 55,
            }),
        Car(7, "LRWYGCED6RC604219", "CP-07 Jyväskylä", VehicleState.Asleep, Trims.ModelYRwd2024, Paints.PearlWhite,
            Conditions.Parked(11_402.9, "2025.20.6 9a3c4e1b7f20", 66, new(62.2426, 25.7473, 135)) with { DegradationPercent = 2.1 }),
        Car(8, "XP7YGCEK5SB207755", "CP-08 Lahti", VehicleState.Online, Trims.ModelYLongRange2025, Paints.Quicksilver,
            Conditions.Parked(3_871.4, "2025.32.3 0a9d7e5c4b21", 84, new(60.9827, 25.6612, 270)) with { DegradationPercent = 0.5, PendingUpdate = "2025.38.4" }),
        Car(9, "5YJSA7E20JF265903", "CP-09 Board", VehicleState.Online, Trims.ModelS100D2018, Paints.SolidBlack,
            Conditions.Parked(102_345.6, "2024.44.25 c6d521764ab9", 71, new(60.1686, 24.9316, 330)) with { DegradationPercent = 12.7 }),
        Car(10, "5YJSA7E61NF462118", "CP-10 CEO", VehicleState.Asleep, Trims.ModelSPlaid2022, Paints.UltraRed,
            Conditions.Parked(21_587.3, "2025.20.6 9a3c4e1b7f20", 90, new(60.1866, 25.0078, 15)) with { ChargeLimitSoc = 90, SentryMode = true }),
        Car(11, "7SAXCBE50NF339214", "CP-11 Shuttle", VehicleState.Online, Trims.ModelXLongRange2022, Paints.PearlWhite,
            Conditions.Parked(67_120.0, "2024.44.25 c6d521764ab9", 43, new(60.3172, 24.9633, 160)) with
            {
                ChargingState = "Stopped", DegradationPercent = 7.3, PendingUpdate = "2025.20.6",
            }),
        Car(12, "7G2CEHEDXRA014487", "CP-12 Site Truck", VehicleState.Online, Trims.CybertruckAwd2024, Paints.Stainless,
            Conditions.Parked(9_310.8, "2025.26.7 e4c1a9b02d6f", 59, new(60.4034, 25.1050, 350)) with
            {
                Units = DisplayUnits.Imperial, Tyres = new(3.1, 3.1, 3.2, 3.2), DegradationPercent = 1.2,
            }) with { EuVehicle = false },
    ];

    private static SimulatedVehicle Car(int number, string vin, string name, VehicleState state, CarTrim trim, Paint paint, VehicleCondition condition, bool wakes = true) =>
        new(number == 9 ? LargeId : 1492931520564000 + number, 1734700000 + number, vin, name, state, trim, paint, condition) { WakesUp = wakes };
}
