using CarPulse.Web.Simulators.Tesla.Fixtures;

namespace CarPulse.Web.Simulators.Tesla.Control;

/// <summary>
/// What one control address turns: everyone's knobs, an account's or a car's. Faults, latency and sleep work on all three;
/// refresh failure and token expiry belong to accounts (<see cref="Account"/>), because a car has no tokens.
/// </summary>
internal sealed record KnobTarget(FaultQueue Faults, IReadOnlyList<string> Vins, SimulatorKnobs? Account, Func<object> State, Action Reset);

internal static class KnobTargets
{
    public static KnobTarget Everyone(TeslaSimulator simulator) => new(
        simulator.Everyone.Faults,
        [.. simulator.AccountIds.SelectMany(id => simulator.Account(id).Vehicles).Select(vehicle => vehicle.Vin)],
        simulator.Everyone,
        () => State(simulator.Everyone, null, simulator.AccountIds.SelectMany(id => simulator.Account(id).Vehicles)),
        simulator.Reset);

    public static KnobTarget? Account(TeslaSimulator simulator, string accountId)
    {
        if (!simulator.AccountIds.Contains(accountId))
        {
            return null;
        }

        var knobs = simulator.For(accountId);
        var vins = simulator.Account(accountId).Vehicles.Select(vehicle => vehicle.Vin).ToList();
        return new KnobTarget(
            knobs.Faults,
            vins,
            knobs,
            () => State(knobs, accountId, simulator.Account(accountId).Vehicles),
            () =>
            {
                knobs.Reset();
                vins.ForEach(vin => simulator.ForVehicle(vin).Reset());
            });
    }

    public static KnobTarget? Vehicle(TeslaSimulator simulator, string vin)
    {
        if (DemoAccounts.All.FirstOrDefault(account => account.Vehicles.Any(vehicle => vehicle.Vin.Equals(vin, StringComparison.OrdinalIgnoreCase))) is not { } owner)
        {
            return null;
        }

        var knobs = simulator.ForVehicle(vin);
        return new KnobTarget(
            knobs.Faults,
            [knobs.Vin],
            null,
            () => new VehicleKnobsResponse(
                knobs.Vin,
                owner.Id,
                CarResponse.From(simulator.Account(owner.Id).Vehicles.Single(vehicle => vehicle.Vin == knobs.Vin)),
                (long)knobs.Latency.TotalMilliseconds,
                [.. knobs.Faults.Pending().Select(FaultResponse.From)]),
            knobs.Reset);
    }

    /// <summary>A demo car by VIN, whichever account it is on.</summary>
    public static SimulatedVehicle? FindCar(string vin) =>
        DemoAccounts.All.SelectMany(account => account.Vehicles).FirstOrDefault(vehicle => vehicle.Vin.Equals(vin, StringComparison.OrdinalIgnoreCase));

    private static KnobsResponse State(SimulatorKnobs knobs, string? accountId, IEnumerable<SimulatedVehicle> vehicles) => new(
        accountId,
        (long)knobs.Latency.TotalMilliseconds,
        [.. knobs.Faults.Pending().Select(FaultResponse.From)],
        knobs.FailRefresh,
        knobs.RevokedScopes(),
        knobs.Region?.Slug(),
        [.. vehicles.Select(CarResponse.From)]);
}
