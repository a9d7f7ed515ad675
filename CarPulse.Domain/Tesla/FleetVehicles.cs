namespace CarPulse.Domain.Tesla;

/// <summary>One entry of <c>GET /api/1/vehicles</c>: the inventory, read without waking a car.</summary>
public sealed record FleetVehicle(long Id, long VehicleId, string Vin, string? DisplayName, string? State, bool? InService, string? AccessType);

/// <summary><c>GET /api/1/users/region</c>.</summary>
public sealed record FleetRegionInfo(string Region, string FleetApiBaseUrl);

public static class FleetRegions
{
    public static FleetRegion Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "eu" => FleetRegion.Europe,
        "cn" => FleetRegion.China,
        "na" => FleetRegion.NorthAmericaAsiaPacific,
        _ => throw new TeslaUnavailable($"Tesla reported an unknown region '{code}'."),
    };

    /// <summary>Tesla prefixes authorization codes with the account's region (<c>EU_…</c>): a free hint for the first call.</summary>
    public static FleetRegion FromAuthorizationCode(string code) => code.Split('_', 2)[0].ToUpperInvariant() switch
    {
        "EU" => FleetRegion.Europe,
        "CN" => FleetRegion.China,
        _ => FleetRegion.NorthAmericaAsiaPacific,
    };
}
