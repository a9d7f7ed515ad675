using System.Globalization;
using CarPulse.Web.Simulators.Tesla;

namespace CarPulse.Bench.Fleet;

/// <summary>
/// The Tesla calls of one generation run, checked against SPEC §4: per car exactly one successful call for each of
/// the expert package's eight modules, and for a car that was asleep one <c>wake_up</c>, the one 408 that found it
/// asleep and the polls until it was online; at most one partner token (app-wide, cached for hours) for the specs.
/// Anything else fails the run.
/// </summary>
public sealed record TeslaCallTally(int Data, int WakeUps, int AsleepAnswers, int Polls, int PartnerTokens)
{
    /// <summary>The expert package's calls per vehicle (SPEC §4: basic 1, pro 7, expert 8).</summary>
    public static IReadOnlyList<string> ExpertEndpoints { get; } =
    [
        SimulatedEndpoints.VehicleData, SimulatedEndpoints.ChargingHistory, SimulatedEndpoints.RecentAlerts, SimulatedEndpoints.ServiceData,
        SimulatedEndpoints.Warranty, SimulatedEndpoints.ReleaseNotes, SimulatedEndpoints.Options, SimulatedEndpoints.Specs,
    ];

    public int Total => Data + WakeUps + AsleepAnswers + Polls + PartnerTokens;

    public override string ToString() => Total == Data
        ? Data.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Total} = {Data} + {WakeUps} wake_up + {AsleepAnswers}×408 + {Polls} polls + {PartnerTokens} partner token");

    /// <summary>Counts <paramref name="calls"/> and throws, naming the first surprise, when they are not what the spec allows.</summary>
    public static TeslaCallTally Check(IReadOnlyList<SimulatedCall> calls, IReadOnlyList<SimulatedVehicle> cars, IReadOnlySet<string> asleep)
    {
        var partnerTokens = Count(calls, SimulatedEndpoints.ClientCredentials);
        if (partnerTokens > 1)
        {
            throw Surprise($"{partnerTokens} partner tokens instead of at most 1");
        }

        var byVin = calls.Where(call => call.Endpoint != SimulatedEndpoints.ClientCredentials).GroupBy(call => VinOf(call, cars)).ToDictionary(group => group.Key, group => group.ToList());
        if (byVin.TryGetValue(string.Empty, out var strays))
        {
            throw Surprise($"{strays.Count} calls not for a selected car, first {strays[0].Method} {strays[0].Endpoint} → {strays[0].Status}");
        }

        foreach (var car in cars)
        {
            var own = byVin.GetValueOrDefault(car.Vin) ?? [];
            foreach (var endpoint in ExpertEndpoints)
            {
                var answered = own.Count(call => call.Endpoint == endpoint && call.Status == 200);
                if (answered != 1)
                {
                    throw Surprise($"{car.DisplayName}: {answered} successful {endpoint} calls instead of 1");
                }
            }

            var sleeping = asleep.Contains(car.Vin);
            var wakeCalls = own.Where(call => !(ExpertEndpoints.Contains(call.Endpoint) && call.Status == 200)).ToList();
            var expected = wakeCalls.All(call =>
                sleeping && (call is { Endpoint: SimulatedEndpoints.WakeUp, Status: 200 }
                    or { Endpoint: SimulatedEndpoints.VehicleData, Status: 408 }
                    or { Endpoint: SimulatedEndpoints.Vehicle, Status: 200 }));
            if (!expected || (sleeping && (Count(wakeCalls, SimulatedEndpoints.WakeUp) != 1 || Count(wakeCalls, SimulatedEndpoints.VehicleData) != 1)))
            {
                throw Surprise($"{car.DisplayName} ({(sleeping ? "asleep" : "online")}): extra calls {string.Join(", ", wakeCalls.Select(call => $"{call.Endpoint} → {call.Status}"))}");
            }
        }

        return new TeslaCallTally(
            calls.Count(call => ExpertEndpoints.Contains(call.Endpoint) && call.Status == 200),
            Count(calls, SimulatedEndpoints.WakeUp),
            calls.Count(call => call.Status == 408),
            Count(calls, SimulatedEndpoints.Vehicle),
            partnerTokens);
    }

    private static int Count(IEnumerable<SimulatedCall> calls, string endpoint) => calls.Count(call => call.Endpoint == endpoint);

    /// <summary>The selected car a call was about (tagged by VIN or by id), or empty.</summary>
    private static string VinOf(SimulatedCall call, IReadOnlyList<SimulatedVehicle> cars) =>
        cars.FirstOrDefault(car => string.Equals(call.VehicleTag, car.Vin, StringComparison.OrdinalIgnoreCase)
            || call.VehicleTag == car.Id.ToString(CultureInfo.InvariantCulture))?.Vin ?? string.Empty;

    private static InvalidOperationException Surprise(string what) =>
        new($"Tesla calls are not 8 per car plus wake-ups: {what}.");
}
