using System.Globalization;

namespace CarPulse.Web.Simulators.Tesla.Fleet;

/// <summary>Inventory and wake-up: none of these wake a car or need it awake (reference §3.1, §3.3).</summary>
internal static class VehicleEndpoints
{
    public static IResult List(FleetRequest request, SimulatedAccount account)
    {
        if (!TryReadPositive(request.Query("page"), 1, out var page) || !TryReadPositive(request.Query("per_page"), 100, out var perPage))
        {
            return FleetErrors.InvalidField("page", "page and per_page must be positive integers");
        }

        var pages = Math.Max(1, (account.Vehicles.Count + perPage - 1) / perPage);
        var vehicles = account.Vehicles
            .Skip((page - 1) * perPage)
            .Take(perPage)
            .Select(vehicle => VehicleSummary.From(vehicle with { State = request.Simulator.Power.StateOf(vehicle.Vin) }))
            .ToArray();
        var pagination = new Pagination(page > 1 ? page - 1 : null, page < pages ? page + 1 : null, page, perPage, account.Vehicles.Count, pages);
        return SimulatorJson.Json(new VehicleList(vehicles, pagination, account.Vehicles.Count), SimulatorJson.Snake);
    }

    public static IResult Get(FleetRequest request, SimulatedVehicle vehicle) =>
        SimulatorJson.Json(new FleetResponse<VehicleSummary>(VehicleSummary.From(vehicle)), SimulatorJson.Snake);

    /// <summary>Answers at once with the state before waking (usually <c>asleep</c>); poll <c>GET /vehicles/{tag}</c> for <c>online</c>.</summary>
    public static IResult WakeUp(FleetRequest request, SimulatedVehicle vehicle)
    {
        var state = request.Simulator.Power.WakeUp(vehicle.Vin);
        return SimulatorJson.Json(new FleetResponse<VehicleSummary>(VehicleSummary.From(vehicle with { State = state })), SimulatorJson.Snake);
    }

    /// <summary><c>GET /api/1/users/region</c>: answers on every regional host with the account's own host.</summary>
    public static IResult Region(FleetRequest request, SimulatedAccount account)
    {
        var region = request.Simulator.RegionOf(account);
        return SimulatorJson.Json(new FleetResponse<UserRegion>(new UserRegion(region.Slug(), region.FleetBaseUrl(request.Request))), SimulatorJson.Snake);
    }

    internal static bool TryReadPositive(string? value, int fallback, out int number)
    {
        number = fallback;
        return value is null || (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0);
    }
}

internal sealed record UserRegion(string Region, string FleetApiBaseUrl);
