using CarPulse.Domain.Vehicles;

namespace CarPulse.Web.Simulators.Tesla;

/// <summary>
/// Whether each demo car is online, asleep or offline. A sleeping car that can wake comes online a set delay after
/// the first <c>wake_up</c>; an offline car, or one told never to wake, stays as it is.
/// </summary>
internal sealed class VehiclePower
{
    private sealed record Power(VehicleState Resting, TimeSpan? WakeDelay, DateTimeOffset? OnlineAt);

    private readonly Lock _gate = new();
    private readonly IReadOnlyDictionary<string, Power> _fixtures;
    private readonly Dictionary<string, Power> _cars;
    private readonly TimeProvider _clock;

    public VehiclePower(IEnumerable<SimulatedVehicle> vehicles, TimeSpan wakeDelay, TimeProvider clock)
    {
        _clock = clock;
        _fixtures = vehicles.ToDictionary(
            vehicle => vehicle.Vin,
            vehicle => new Power(vehicle.State, vehicle.WakesUp ? wakeDelay : null, null),
            StringComparer.OrdinalIgnoreCase);
        _cars = new Dictionary<string, Power>(_fixtures, StringComparer.OrdinalIgnoreCase);
    }

    public VehicleState StateOf(string vin)
    {
        lock (_gate)
        {
            return Current(_cars[vin]);
        }
    }

    /// <summary>Starts waking the car if it can; returns the state at the moment of the call, as Tesla does.</summary>
    public VehicleState WakeUp(string vin)
    {
        lock (_gate)
        {
            var power = _cars[vin];
            var state = Current(power);
            if (state != VehicleState.Online && power.Resting == VehicleState.Asleep && power.WakeDelay is { } delay && power.OnlineAt is null)
            {
                _cars[vin] = power with { OnlineAt = _clock.GetUtcNow() + delay };
            }

            return state;
        }
    }

    /// <summary>Puts the car to sleep; <paramref name="wakeDelay"/> null means it never wakes.</summary>
    public void Sleep(string vin, TimeSpan? wakeDelay)
    {
        lock (_gate)
        {
            if (!_cars.ContainsKey(vin))
            {
                throw new ArgumentException($"No demo vehicle has VIN {vin}.", nameof(vin));
            }

            _cars[vin] = new Power(VehicleState.Asleep, wakeDelay, null);
        }
    }

    /// <summary>The car as the fixtures have it, not waking.</summary>
    public void Restore(string vin)
    {
        lock (_gate)
        {
            _cars[vin] = _fixtures[vin];
        }
    }

    private VehicleState Current(Power power) =>
        power.OnlineAt is { } onlineAt && _clock.GetUtcNow() >= onlineAt ? VehicleState.Online : power.Resting;
}
