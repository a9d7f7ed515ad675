using CarPulse.Domain.Tesla;

namespace CarPulse.Web.Simulators.Tesla;

/// <summary>One simulated Fleet API host per Tesla region, under <c>/simulator/tesla/fleet/{na|eu|cn}</c>.</summary>
public static class SimulatorRegions
{
    public static IReadOnlyList<FleetRegion> All { get; } = [FleetRegion.NorthAmericaAsiaPacific, FleetRegion.Europe, FleetRegion.China];

    /// <summary><c>na</c>, <c>eu</c> or <c>cn</c>: the host's path segment and the region endpoint's answer.</summary>
    public static string Slug(this FleetRegion region) => region switch
    {
        FleetRegion.NorthAmericaAsiaPacific => "na",
        FleetRegion.Europe => "eu",
        FleetRegion.China => "cn",
        _ => throw new ArgumentOutOfRangeException(nameof(region), region, "Unknown Fleet region."),
    };

    /// <summary><c>NA</c>, <c>EU</c> or <c>CN</c>: the authorization code prefix and the token's <c>ou_code</c>.</summary>
    public static string Code(this FleetRegion region) => region.Slug().ToUpperInvariant();

    public static string FleetPath(this FleetRegion region) => $"{SimulatorPaths.Fleet}/{region.Slug()}";

    /// <summary>The absolute base URL of the region's simulated host, built from the request's scheme and host.</summary>
    public static string FleetBaseUrl(this FleetRegion region, HttpRequest request) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}{region.FleetPath()}";
}
