using CarPulse.Domain.Tesla;
using CarPulse.Domain.Vehicles;

namespace CarPulse.Web.Simulators.Tesla.Fixtures;

/// <summary>The demo accounts listed on the simulator's authorize page (SPEC §10), built once and never changed.</summary>
internal static class DemoAccounts
{
    public static IReadOnlyList<SimulatedAccount> All { get; } =
    [
        Eu("one-car", "One Model 3 \"Aurora\", online.", [Cars.Aurora], [Cars.SoldModel3], sessions: 110),
        Eu("two-cars", "Model 3 \"JT3\" online and Model Y \"Family\" asleep (wakes a few seconds after wake_up).",
            [Cars.Jt3, Cars.Family], [Cars.SoldModelS], sessions: 150),
        Eu("fleet-12", "A company fleet of 12: Model 3, Y, S, X and a Cybertruck; some asleep or offline, one in service.",
            FleetTwelve.Vehicles, [Cars.SoldModelX], sessions: 320),
        Eu("no-cars", "An account with no vehicles.", [], [], sessions: 0),
        Eu("sleepy", "One Model 3 \"Dozy\" that is asleep and never wakes.", [Cars.Dozy], [], sessions: 100),
        new("us-car", "One Model Y \"Road Runner\" in North America (mi, °F, psi).", FleetRegion.NorthAmericaAsiaPacific,
            [Cars.RoadRunner], [], ChargingHistory.Generate("us-car", [Cars.RoadRunner], [], 36, Superchargers.UnitedStates)),
    ];

    public static SimulatedAccount? Find(string? id) => All.FirstOrDefault(account => account.Id == id);

    private static SimulatedAccount Eu(string id, string description, IReadOnlyList<SimulatedVehicle> vehicles, IReadOnlyList<SoldVehicle> sold, int sessions) =>
        new(id, description, FleetRegion.Europe, vehicles, sold, ChargingHistory.Generate(id, vehicles, sold, sessions, Superchargers.Nordics));

    private static class Cars
    {
        public static readonly SimulatedVehicle Aurora = new(1492931520563140, 1734625081, "LRW3E7EB2NC482913", "Aurora", VehicleState.Online,
            Trims.Model3LongRange2021, Paints.DeepBlue,
            Conditions.Parked(24_870.4, "2025.20.6 9a3c4e1b7f20", 68, new(61.4500, 23.8500, 118)));

        public static readonly SimulatedVehicle Jt3 = new(1492931520563201, 1734625117, "LRW3E7EB9MC215847", "JT3", VehicleState.Online,
            Trims.Model3LongRange2021, Paints.PearlWhite,
            Conditions.Parked(41_302.9, "2025.14.3 2f8b1e6c0d7a", 54, new(62.2390, 25.7590, 274)) with
            {
                ChargingState = "Charging", ChargerPowerKw = 11, ChargeEnergyAddedKwh = 9.38, SentryMode = true,
            });

        public static readonly SimulatedVehicle Family = new(1492931520563262, 1734625188, "XP7YGCEE1PB093318", "Family", VehicleState.Asleep,
            Trims.ModelYLongRange2022, Paints.MidnightSilver,
            Conditions.Parked(18_114.6, "2025.14.3 2f8b1e6c0d7a", 81, new(62.2391, 25.7592, 93)) with { ChargeLimitSoc = 90 });

        public static readonly SimulatedVehicle Dozy = new(1492931520563323, 1734625239, "5YJ3E7EA8LF741236", "Dozy", VehicleState.Asleep,
            Trims.Model3StandardRangePlus2020, Paints.SolidBlack,
            Conditions.Parked(63_588.1, "2024.38.7 5d0e7a21c3b4", 37, new(60.3932, 25.6650, 12)) with { DegradationPercent = 9.5 })
        {
            WakesUp = false,
        };

        public static readonly SimulatedVehicle RoadRunner = new(3744583918274052, 2252118734, "7SAYGDEE3PA118274", "Road Runner", VehicleState.Online,
            Trims.ModelYLongRangeUs2023, Paints.RedMulticoat,
            Conditions.Parked(30_512.2, "2025.20.6 9a3c4e1b7f20", 72, new(37.3947, -122.1503, 201)) with
            {
                Units = DisplayUnits.Imperial, InsideTempC = 24.5, OutsideTempC = 21.0,
            })
        {
            EuVehicle = false,
        };

        public static readonly SoldVehicle SoldModel3 = new("5YJ3E7EB6KF318842", Trims.Model3LongRange2019, Paints.UltraRed, new(2025, 11, 14));

        public static readonly SoldVehicle SoldModelS = new("5YJSA7E22HF204417", Trims.ModelS75D2017, Paints.SolidBlack, new(2026, 2, 27));

        public static readonly SoldVehicle SoldModelX = new("5YJXCCE48KF187351", Trims.ModelX100D2019, Paints.PearlWhite, new(2025, 9, 30));
    }
}
