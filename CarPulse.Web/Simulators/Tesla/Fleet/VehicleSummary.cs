using System.Globalization;
using CarPulse.Domain.Vehicles;
using CarPulse.Web.Simulators.Tesla.Fixtures;

namespace CarPulse.Web.Simulators.Tesla.Fleet;

internal sealed record FleetResponse<T>(T Response);

internal sealed record GranularAccess(bool HidePrivate);

/// <summary>The vehicle object of <c>GET /api/1/vehicles</c>, <c>/vehicles/{tag}</c> and <c>wake_up</c> (reference §3.1).</summary>
internal sealed record VehicleSummary(
    long Id,
    long VehicleId,
    string Vin,
    string? Color,
    string AccessType,
    string DisplayName,
    string OptionCodes,
    GranularAccess GranularAccess,
    IReadOnlyList<string> Tokens,
    string State,
    bool InService,
    string IdS,
    bool CalendarEnabled,
    int? ApiVersion,
    string? BackseatToken,
    long? BackseatTokenUpdatedAt)
{
    public static VehicleSummary From(SimulatedVehicle vehicle)
    {
        var random = new FixtureRandom(vehicle.Vin);
        return new VehicleSummary(
            vehicle.Id,
            vehicle.VehicleId,
            vehicle.Vin,
            null,
            "OWNER",
            vehicle.DisplayName,
            string.Join(',', FactoryOptions.For(vehicle).Select(option => option.Code.TrimStart('$'))),
            new GranularAccess(false),
            [$"{random.NextUInt64():x16}", $"{random.NextUInt64():x16}"],
            vehicle.State.ToWireName(),
            vehicle.Condition.InService,
            vehicle.Id.ToString(CultureInfo.InvariantCulture),
            true,
            ApiVersionOf(vehicle.Condition.CarVersion),
            null,
            null);
    }

    /// <summary>Tesla's API version rises with the firmware year.</summary>
    public static int ApiVersionOf(string carVersion) => carVersion[..4] switch
    {
        "2023" => 67,
        "2024" => 73,
        _ => 81,
    };
}

internal sealed record Pagination(int? Previous, int? Next, int Current, int PerPage, int Count, int Pages);

internal sealed record VehicleList(IReadOnlyList<VehicleSummary> Response, Pagination Pagination, int Count);
