using System.Text.Json;
using System.Text.Json.Nodes;
using CarPulse.Domain.Vehicles;

namespace CarPulse.Web.Simulators.Tesla.Fleet;

/// <summary>
/// <c>GET /api/1/vehicles/{tag}/vehicle_data?endpoints=…</c> (reference §3.2): only the requested sections; without
/// <c>vehicle_location</c> no <c>drive_state</c> at all and <c>location_data</c> is a 403; a car that is not online is a 408.
/// </summary>
internal static class VehicleDataEndpoint
{
    private const string LocationData = "location_data";
    private const string DriveState = "drive_state";

    private static readonly string[] DefaultSections = ["charge_state", "climate_state", DriveState, "gui_settings", "vehicle_config", "vehicle_state"];

    // In the order Tesla writes them.
    private static (string Name, Func<SimulatedVehicle, DateTimeOffset, JsonObject> Build)[] Sections(bool withLocation) =>
    [
        ("charge_state", ChargeSections.ChargeState),
        ("climate_state", ChargeSections.ClimateState),
        ("closures_state", VehicleStateSections.ClosuresState),
        (DriveState, (vehicle, now) => ChargeSections.DriveState(vehicle, now, withLocation)),
        ("gui_settings", ChargeSections.GuiSettings),
        ("charge_schedule_data", (_, now) => Schedules("charge_schedules", now)),
        ("preconditioning_schedule_data", (_, now) => Schedules("preconditioning_schedules", now)),
        ("vehicle_config", VehicleStateSections.VehicleConfig),
        ("vehicle_state", VehicleStateSections.VehicleState),
    ];

    public static IResult Get(FleetRequest request, SimulatedVehicle vehicle)
    {
        var requested = Requested(request.Query("endpoints"));
        var location = requested.Contains(LocationData);
        var mayLocate = request.Scopes.Contains(TeslaScopes.VehicleLocation);
        if (location && !mayLocate)
        {
            return FleetErrors.MissingScopes();
        }

        if (vehicle.State != VehicleState.Online)
        {
            return FleetErrors.Unavailable();
        }

        var now = request.Now;
        var data = JsonSerializer.SerializeToNode(VehicleSummary.From(vehicle), SimulatorJson.Snake)?.AsObject() ?? [];
        data.Insert(1, "user_id", (long)(Fixtures.FixtureRandom.Hash("user:" + vehicle.Vin) % 9_000_000_000) + 1_000_000_000);
        // location_data implies drive_state; without vehicle_location there is no drive_state at all.
        if (location)
        {
            requested.Add(DriveState);
        }

        if (!mayLocate)
        {
            requested.Remove(DriveState);
        }

        foreach (var (name, build) in Sections(location).Where(section => requested.Contains(section.Name)))
        {
            data[name] = build(vehicle, now);
        }

        return SimulatorJson.Json(new FleetResponse<JsonObject>(data), SimulatorJson.Snake);
    }

    private static JsonObject Schedules(string name, DateTimeOffset now) =>
        new() { [name] = new JsonArray(), ["next_schedule"] = false, ["timestamp"] = now.ToUnixTimeMilliseconds() };

    private static HashSet<string> Requested(string? endpoints)
    {
        var names = endpoints?.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? DefaultSections;
        var requested = new HashSet<string>(names, StringComparer.Ordinal);
        if (requested.Remove("vehicle_data_combo"))
        {
            requested.UnionWith(DefaultSections);
        }

        return requested;
    }
}
