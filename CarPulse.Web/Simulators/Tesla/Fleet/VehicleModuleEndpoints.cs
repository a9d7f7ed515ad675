using CarPulse.Web.Simulators.Tesla.Fixtures;

namespace CarPulse.Web.Simulators.Tesla.Fleet;

internal sealed record RecentAlertsResponse(IReadOnlyList<RecentAlert> RecentAlerts);

internal sealed record ServiceVisit(string ServiceStatus, DateTimeOffset ServiceEtc, string ServiceVisitNumber, int StatusId);

/// <summary>
/// Per-vehicle modules served from Tesla's cloud (reference §3.5); the simulator answers them whether the car is
/// awake or not (use a fault knob for a 408).
/// </summary>
internal static class VehicleModuleEndpoints
{
    public static IResult RecentAlerts(FleetRequest request, SimulatedVehicle vehicle) =>
        SimulatorJson.Json(new FleetResponse<RecentAlertsResponse>(new(Fixtures.RecentAlerts.For(vehicle))), SimulatorJson.Snake);

    /// <summary>An empty <c>response</c> object when the car is not in service (normal), the visit otherwise.</summary>
    public static IResult ServiceData(FleetRequest request, SimulatedVehicle vehicle)
    {
        if (!vehicle.Condition.InService)
        {
            return SimulatorJson.Json(new FleetResponse<object>(new { }), SimulatorJson.Snake);
        }

        var readyBy = new DateTimeOffset(request.Now.UtcDateTime.Date.AddDays(3).AddHours(14), TimeSpan.Zero).ToOffset(TimeSpan.FromHours(2));
        var visit = $"SV{FixtureRandom.Hash("visit:" + vehicle.Vin) % 90_000_000 + 10_000_000}";
        return SimulatorJson.Json(new FleetResponse<ServiceVisit>(new("in_service", readyBy, visit, 8)), SimulatorJson.Snake);
    }

    public static IResult ReleaseNotes(FleetRequest request, SimulatedVehicle vehicle) =>
        SimulatorJson.Json(new FleetResponse<ReleaseNotesResponse>(Fixtures.ReleaseNotes.For(vehicle)), SimulatorJson.Snake);

    /// <summary><c>GET /api/1/dx/warranty/details?vin=</c>, top-level camelCase.</summary>
    public static IResult Warranty(FleetRequest request, SimulatedVehicle vehicle) =>
        SimulatorJson.Json(Warranties.For(vehicle, request.Now), SimulatorJson.Camel);

    /// <summary><c>GET /api/1/dx/vehicles/options?vin=</c>, top-level camelCase.</summary>
    public static IResult Options(FleetRequest request, SimulatedVehicle vehicle) =>
        SimulatorJson.Json(new OptionCodes(FactoryOptions.For(vehicle)), SimulatorJson.Camel);
}

internal sealed record OptionCodes(IReadOnlyList<FactoryOption> Codes);
