using CarPulse.Domain.Tesla;
using CarPulse.Web.Simulators.Tesla.Auth;
using CarPulse.Web.Simulators.Tesla.Fixtures;

namespace CarPulse.Web.Simulators.Tesla.Fleet;

/// <summary>
/// What every Fleet call goes through on one regional host, in Tesla's order: bearer token (401), fault knobs,
/// region (421), scope (403), then for vehicle routes the vehicle (404) and its rate limit (429). Each call is logged.
/// </summary>
internal sealed class FleetPipeline(FleetRegion host)
{
    public RequestDelegate ForAccount(FleetRoute route, Func<FleetRequest, SimulatedAccount, IResult> handler) =>
        http => RunAsync(http, route, (simulator, grant) => AdmitUser(http, simulator, route, grant, handler));

    public RequestDelegate ForVehicle(FleetRoute route, Func<FleetRequest, SimulatedVehicle, IResult> handler) =>
        ForAccount(route, (request, account) => AdmitVehicle(request, account, route, handler));

    /// <summary>Partner-token endpoints (vehicle specs): a user token is refused with 403, as Tesla does.</summary>
    public RequestDelegate ForPartner(FleetRoute route, Func<FleetRequest, IResult> handler) =>
        http => RunAsync(http, route, (simulator, grant) =>
        {
            var scopes = simulator.EffectiveScopes(null, grant.Scopes);
            return grant.AccountId is not null || (route.Scope is { } needed && !scopes.Contains(needed))
                ? FleetErrors.MissingScopes()
                : handler(new FleetRequest(http, simulator, host, scopes));
        });

    private static Task RunAsync(HttpContext http, FleetRoute route, Func<TeslaSimulator, AccessGrant, IResult> admit)
    {
        var simulator = http.RequestServices.GetRequiredService<TeslaSimulator>();
        return simulator.Log.RecordAsync(http, route.Endpoint, VehicleTag(http), async call =>
        {
            if (simulator.Tokens.FindAccess(BearerToken(http.Request)) is not { } grant)
            {
                return FleetErrors.InvalidBearerToken();
            }

            if (simulator.IsExpired(grant))
            {
                return FleetErrors.TokenExpired();
            }

            call.AccountId = grant.AccountId;
            return await FaultInjection.ApplyAsync(simulator.FaultsFor(grant.AccountId, VehicleTag(http)), route.Endpoint, FleetErrors.ForStatus, http.RequestAborted)
                ?? admit(simulator, grant);
        });
    }

    private IResult AdmitUser(HttpContext http, TeslaSimulator simulator, FleetRoute route, AccessGrant grant, Func<FleetRequest, SimulatedAccount, IResult> handler)
    {
        if (DemoAccounts.Find(grant.AccountId) is not { } account)
        {
            return FleetErrors.MissingScopes();
        }

        var region = simulator.RegionOf(account);
        if (!route.AnyRegion && region != host)
        {
            return FleetErrors.WrongRegion(region.FleetBaseUrl(http.Request));
        }

        var scopes = simulator.EffectiveScopes(account.Id, grant.Scopes);
        return route.Scope is { } needed && !scopes.Contains(needed)
            ? FleetErrors.MissingScopes()
            : handler(new FleetRequest(http, simulator, host, scopes), account);
    }

    private static IResult AdmitVehicle(FleetRequest request, SimulatedAccount account, FleetRoute route, Func<FleetRequest, SimulatedVehicle, IResult> handler)
    {
        if (VehicleTag(request.Http) is not { } tag)
        {
            return FleetErrors.InvalidField("vin", "is required");
        }

        if (account.FindVehicle(tag) is not { } vehicle)
        {
            return FleetErrors.NotFound();
        }

        if (request.Simulator.RateLimits.TryAcquire(account.Id, vehicle.Vin, route.Rate) is { } retryAfter)
        {
            return FaultInjection.RateLimited(retryAfter, FleetErrors.ForStatus);
        }

        return handler(request, vehicle with { State = request.Simulator.Power.StateOf(vehicle.Vin) });
    }

    /// <summary>The VIN or id in the path, or the <c>vin</c> query of the <c>/dx/</c> endpoints.</summary>
    private static string? VehicleTag(HttpContext http) =>
        http.GetRouteValue("tag") as string ?? (http.Request.Query["vin"].ToString() is { Length: > 0 } vin ? vin : null);

    private static string? BearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString() is var header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : null;
}
