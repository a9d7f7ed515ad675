using CarPulse.Domain.Tesla;

namespace CarPulse.Web.Simulators.Tesla.Fleet;

/// <summary>What a Fleet endpoint needs before its handler runs: a scope, a rate bucket, the account's own region.</summary>
internal sealed record FleetRoute(
    string Endpoint,
    string? Scope = TeslaScopes.VehicleDeviceData,
    RateCategory Rate = RateCategory.None,
    bool AnyRegion = false);

/// <summary>An admitted Fleet call: a known, unexpired token whose scopes (minus revoked ones) allow the route.</summary>
internal sealed record FleetRequest(HttpContext Http, TeslaSimulator Simulator, FleetRegion Host, IReadOnlySet<string> Scopes)
{
    public HttpRequest Request => Http.Request;

    public DateTimeOffset Now => Simulator.Clock.GetUtcNow();

    public string? Query(string name) =>
        Http.Request.Query.TryGetValue(name, out var values) && !string.IsNullOrEmpty(values.ToString()) ? values.ToString() : null;

    public string? Route(string name) => Http.GetRouteValue(name) as string;
}
