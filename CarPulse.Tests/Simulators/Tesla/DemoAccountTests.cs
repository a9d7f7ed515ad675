using CarPulse.Domain.Tesla;
using CarPulse.Domain.Vehicles;
using CarPulse.Web.Simulators.Tesla;
using Microsoft.Extensions.Options;

namespace CarPulse.Tests.Simulators.Tesla;

public sealed class DemoAccountTests
{
    private static readonly TeslaSimulator Simulator = new(Options.Create(new TeslaSimulatorOptions()), TimeProvider.System);

    private static IEnumerable<SimulatedAccount> Accounts => Simulator.AccountIds.Select(Simulator.Account);

    [Fact]
    public void The_demo_accounts_are_the_five_of_the_spec_and_one_in_north_america()
    {
        Assert.Equal(["one-car", "two-cars", "fleet-12", "no-cars", "sleepy", "us-car"], Simulator.AccountIds);
        Assert.Equal(FleetRegion.NorthAmericaAsiaPacific, Simulator.Account("us-car").Region);
        Assert.All(Accounts.Where(account => account.Id != "us-car"), account => Assert.Equal(FleetRegion.Europe, account.Region));
    }

    [Fact]
    public void Every_VIN_is_valid_and_agrees_with_the_car_type_and_a_plausible_year()
    {
        foreach (var vehicle in Accounts.SelectMany(account => account.Vehicles))
        {
            Assert.True(Vin.TryParse(vehicle.Vin, out var vin), vehicle.Vin);
            Assert.Equal(CarModel.FromCarType(vehicle.Trim.CarType), CarModel.FromVin(vin));
            Assert.InRange(vin.ModelYear ?? 0, 2017, 2025);
            Assert.Contains(vehicle.Vin[..3], new[] { "LRW", "XP7", "5YJ", "7SA", "7G2" });
        }
    }

    [Fact]
    public void Vehicle_ids_and_VINs_are_unique_across_accounts()
    {
        var vehicles = Accounts.SelectMany(account => account.Vehicles).ToArray();

        Assert.Equal(vehicles.Length, vehicles.Select(vehicle => vehicle.Id).Distinct().Count());
        Assert.Equal(vehicles.Length, vehicles.Select(vehicle => vehicle.Vin).Distinct().Count());
    }

    [Fact]
    public void Two_cars_has_JT3_online_and_Family_asleep()
    {
        var vehicles = Simulator.Account("two-cars").Vehicles;

        Assert.Equal([("JT3", VehicleState.Online, "model3"), ("Family", VehicleState.Asleep, "modely")],
            vehicles.Select(vehicle => (vehicle.DisplayName, vehicle.State, vehicle.Trim.CarType)));
    }

    [Fact]
    public void The_fleet_of_twelve_covers_every_model_and_state_and_the_edge_cases()
    {
        var fleet = Simulator.Account("fleet-12").Vehicles;

        Assert.Equal(12, fleet.Count);
        Assert.Equal(["Cybertruck", "Model 3", "Model S", "Model X", "Model Y"], fleet.Select(v => CarModel.FromCarType(v.Trim.CarType)).Distinct().Order());
        Assert.Contains(fleet, v => v.Trim.CarType == "lychee");
        Assert.Contains(fleet, v => v.Trim.CarType == "tamarind");
        Assert.Equal([VehicleState.Online, VehicleState.Asleep, VehicleState.Offline], fleet.Select(v => v.State).Distinct());
        Assert.Single(fleet, v => v.Condition.InService);
        Assert.Single(fleet, v => v.Id > 1L << 53);
        Assert.Single(fleet, v => v.Condition.Units == DisplayUnits.Imperial);
        Assert.Contains(fleet, v => v.Condition.Tyres.RearLeft < TyrePressures.SoftWarningBelow);
        Assert.InRange(fleet.Min(v => v.ModelYear), 2018, 2019);
        Assert.Equal(2025, fleet.Max(v => v.ModelYear));
    }

    [Fact]
    public void The_sleepy_car_is_asleep_and_cannot_wake()
    {
        var car = Simulator.Account("sleepy").Vehicles.Single();

        Assert.Equal(VehicleState.Asleep, car.State);
        Assert.False(car.WakesUp);
    }

    [Theory]
    [InlineData("one-car")]
    [InlineData("two-cars")]
    [InlineData("fleet-12")]
    public void Accounts_with_cars_have_over_100_sessions_over_18_months_including_a_sold_car(string id)
    {
        var account = Simulator.Account(id);
        var sessions = account.ChargingSessions;

        Assert.True(sessions.Count > 100);
        Assert.Contains(sessions, session => session.Vin == account.SoldVehicles.Single().Vin);
        Assert.DoesNotContain(account.SoldVehicles.Single().Vin, account.Vehicles.Select(vehicle => vehicle.Vin));
        Assert.InRange((sessions.Max(s => s.ChargeStartDateTime) - sessions.Min(s => s.ChargeStartDateTime)).TotalDays, 500, 600);
        Assert.Contains(sessions, session => session.Fees.Any(fee => fee.FeeType == "PARKING" && fee.TotalDue > 0));
    }

    [Fact]
    public void Sessions_are_at_Superchargers_in_five_countries_billed_in_EUR_SEK_and_NOK()
    {
        var sessions = Simulator.Account("fleet-12").ChargingSessions;

        Assert.Equal(["DE", "EE", "FI", "NO", "SE"], sessions.Select(session => session.CountryCode).Distinct().Order());
        Assert.Equal(["EUR", "NOK", "SEK"], sessions.SelectMany(session => session.Fees).Select(fee => fee.CurrencyCode).Distinct().Order());
        Assert.All(sessions, session => Assert.Equal(session.Invoices[0].ContentId, session.Invoices.Single().ContentId));
    }

    [Fact]
    public void Fixtures_are_pinned_so_every_run_and_machine_sees_the_same_sessions()
    {
        var first = Simulator.Account("two-cars").ChargingSessions[0];
        Assert.Equal(54981540, first.SessionId);
        Assert.Equal("74654921-72d8-7f1c-9767-bc9e1325a81b", first.Invoices[0].ContentId);
        Assert.Equal(new DateTimeOffset(2025, 5, 5, 13, 17, 37, TimeSpan.FromHours(3)), first.ChargeStartDateTime);
        Assert.Equal(7.37m, first.Fees[0].TotalDue);
    }
}
