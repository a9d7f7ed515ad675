using System.Collections.Frozen;
using CarPulse.Domain.Tesla;
using CarPulse.Web.Simulators.Tesla.Auth;
using CarPulse.Web.Simulators.Tesla.Fixtures;
using Microsoft.Extensions.Options;

namespace CarPulse.Web.Simulators.Tesla;

/// <summary>
/// The in-process fake of Tesla's auth server and Fleet API (one per app, thread-safe). Tests read the call log and the
/// fixtures and turn the fault knobs, in process or, in Development, over HTTP (<c>Control/</c>). Car wake-ups, token, code and refresh expiry follow the app's
/// <see cref="TimeProvider"/>; <see cref="SimulatorKnobs.Latency"/> and <see cref="SimulatorKnobs.HangNext"/> are wall-clock delays.
/// </summary>
public sealed class TeslaSimulator
{
    private readonly FrozenDictionary<string, SimulatorKnobs> _knobs;
    private readonly FrozenDictionary<string, VehicleKnobs> _vehicleKnobs;

    public TeslaSimulator(IOptions<TeslaSimulatorOptions> options, TimeProvider clock)
    {
        Options = options.Value;
        Clock = clock;
        Tokens = new TokenStore(clock);
        Power = new VehiclePower(DemoAccounts.All.SelectMany(account => account.Vehicles), Options.WakeDelay, clock);
        RateLimits = new VehicleRateLimits(Options, clock);
        Log = new CallLog(clock);
        Everyone = new SimulatorKnobs(null, null, Tokens, Power);
        _knobs = DemoAccounts.All.ToFrozenDictionary(
            account => account.Id,
            account => new SimulatorKnobs(account.Id, account.Vehicles.Select(vehicle => vehicle.Vin).ToFrozenSet(StringComparer.OrdinalIgnoreCase), Tokens, Power));
        _vehicleKnobs = DemoAccounts.All.SelectMany(account => account.Vehicles)
            .ToFrozenDictionary(vehicle => vehicle.Vin, vehicle => new VehicleKnobs(vehicle.Vin, Power), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every token and Fleet request received, in order.</summary>
    public IReadOnlyList<SimulatedCall> Calls => Log.Snapshot();

    public IReadOnlyList<string> AccountIds { get; } = [.. DemoAccounts.All.Select(account => account.Id)];

    /// <summary>Knobs that apply to every account and to partner (client_credentials) calls.</summary>
    public SimulatorKnobs Everyone { get; }

    internal TeslaSimulatorOptions Options { get; }

    internal TimeProvider Clock { get; }

    internal TokenStore Tokens { get; }

    internal VehiclePower Power { get; }

    internal VehicleRateLimits RateLimits { get; }

    internal CallLog Log { get; }

    public void ClearCalls() => Log.Clear();

    public SimulatorKnobs For(string accountId) =>
        _knobs.GetValueOrDefault(accountId) ?? throw new ArgumentException($"There is no demo account \"{accountId}\".", nameof(accountId));

    /// <summary>The knobs of one demo car, by VIN.</summary>
    public VehicleKnobs ForVehicle(string vin) =>
        _vehicleKnobs.GetValueOrDefault(vin) ?? throw new ArgumentException($"No demo vehicle has VIN {vin}.", nameof(vin));

    /// <summary>Every knob and every car back to the fixtures. Issued tokens, rate-limit windows and the call log stay.</summary>
    public void Reset()
    {
        Everyone.Reset();
        foreach (var knobs in _knobs.Values)
        {
            knobs.Reset();
        }

        foreach (var knobs in _vehicleKnobs.Values)
        {
            knobs.Reset();
        }
    }

    /// <summary>The account's fixtures with each car's state and the account's region as they are now.</summary>
    public SimulatedAccount Account(string accountId)
    {
        var account = DemoAccounts.Find(accountId) ?? throw new ArgumentException($"There is no demo account \"{accountId}\".", nameof(accountId));
        return account with
        {
            Region = RegionOf(account),
            Vehicles = [.. account.Vehicles.Select(vehicle => vehicle with { State = Power.StateOf(vehicle.Vin) })],
        };
    }

    internal IReadOnlyList<SimulatorKnobs> KnobsFor(string? accountId) =>
        accountId is not null && _knobs.TryGetValue(accountId, out var knobs) ? [Everyone, knobs] : [Everyone];

    /// <summary>The faults a call meets, in order: everyone's, the account's, then the car's when it is about one of the account's cars.</summary>
    internal IReadOnlyList<FaultQueue> FaultsFor(string? accountId, string? vehicleTag)
    {
        var faults = KnobsFor(accountId).Select(knobs => knobs.Faults).ToList();
        if (DemoAccounts.Find(accountId)?.FindVehicle(vehicleTag) is { } vehicle)
        {
            faults.Add(_vehicleKnobs[vehicle.Vin].Faults);
        }

        return faults;
    }

    internal FleetRegion RegionOf(SimulatedAccount account) => For(account.Id).Region ?? Everyone.Region ?? account.Region;

    internal IReadOnlySet<string> EffectiveScopes(string? accountId, IEnumerable<string> granted)
    {
        var knobs = KnobsFor(accountId);
        return granted.Where(scope => !knobs.Any(knob => knob.Revoked(scope))).ToFrozenSet(StringComparer.Ordinal);
    }

    internal bool IsExpired(AccessGrant grant) => grant.ForcedExpired || Clock.GetUtcNow() >= grant.ExpiresAt;
}
