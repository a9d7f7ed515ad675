using CarPulse.Domain;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Pricing;
using CarPulse.Domain.Vehicles;
using CarPulse.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CarPulse.Web.Endpoints.Api.V1;

/// <summary>SPEC §9 session API: the vehicles read at connect time, the session's state, and the selection.</summary>
public static class TeslaSessionEndpoints
{
    public static IEndpointRouteBuilder MapTeslaSessionApi(this IEndpointRouteBuilder app)
    {
        var session = app.MapGroup("/api/v1/tesla/session/{id}").WithTags("Session").RequireRateLimiting(ApiExtensions.SessionPolicy)
            .WithBearerUrlHeaders().WithRequestBodyLimit(RequestLimits.JsonApi);
        session.MapGet("/vehicles", GetVehiclesAsync);
        session.MapGet("/state", GetStateAsync);
        session.MapPost("/select", SelectAsync);
        return app;
    }

    private static async Task<Ok<SessionVehiclesResponse>> GetVehiclesAsync(string id, OrderService orders, CancellationToken cancellationToken)
    {
        var session = await orders.GetAsync(id, cancellationToken);
        return TypedResults.Ok(new SessionVehiclesResponse(session.Vehicles
            .Select(vehicle => new SessionVehicleResponse(vehicle.Id, vehicle.MaskedVin, vehicle.DisplayName, vehicle.Model, vehicle.Year, vehicle.State.ToWireName()))
            .ToList()));
    }

    private static async Task<Ok<SessionStateResponse>> GetStateAsync(string id, OrderService orders, CancellationToken cancellationToken)
    {
        var session = await orders.GetAsync(id, cancellationToken);
        return TypedResults.Ok(new SessionStateResponse(
            session.Status.ToWireName(),
            session.ExpiresAt,
            session.Vehicles.Count,
            session.SelectedVehicleIds,
            session.Package?.ToWireName(),
            session.Quote?.TotalCents,
            session.TeslaReconnectNeeded,
            session.TeslaReconnectNeeded ? TeslaReconnect.Path(session.Id, TeslaReconnect.Retry) : null));
    }

    private static async Task<Ok<SelectResponse>> SelectAsync(string id, SelectRequest request, OrderService orders, CancellationToken cancellationToken)
    {
        if (request.VehicleIds is null)
        {
            throw new InputInvalid("vehicle_ids", "vehicle_ids is required.");
        }

        if (!PackageNames.TryParse(request.Package, out var package))
        {
            throw new InputInvalid("package", "package must be basic, pro or expert.");
        }

        var session = await orders.SelectAsync(id, request.VehicleIds, package, cancellationToken);
        return TypedResults.Ok(new SelectResponse(session.Status.ToWireName(), session.SelectedVehicleIds.Count, package.ToWireName()));
    }
}
