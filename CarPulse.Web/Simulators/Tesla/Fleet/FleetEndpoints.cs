namespace CarPulse.Web.Simulators.Tesla.Fleet;

/// <summary>The Fleet API on each regional host, <c>/simulator/tesla/fleet/{na|eu|cn}/api/1/…</c>.</summary>
internal static class FleetEndpoints
{
    public static IEndpointRouteBuilder MapTeslaSimulatorFleet(this IEndpointRouteBuilder app)
    {
        foreach (var region in SimulatorRegions.All)
        {
            var api = app.MapGroup($"{region.FleetPath()}/api/1");
            var fleet = new FleetPipeline(region);
            api.MapGet("/users/region", fleet.ForAccount(new(SimulatedEndpoints.Region, Scope: null, AnyRegion: true), VehicleEndpoints.Region));
            api.MapGet("/vehicles", fleet.ForAccount(new(SimulatedEndpoints.Vehicles), VehicleEndpoints.List));
            api.MapGet("/vehicles/{tag}", fleet.ForVehicle(new(SimulatedEndpoints.Vehicle, Rate: RateCategory.Data), VehicleEndpoints.Get));
            api.MapPost("/vehicles/{tag}/wake_up", fleet.ForVehicle(new(SimulatedEndpoints.WakeUp, Rate: RateCategory.Wake), VehicleEndpoints.WakeUp));
            api.MapGet("/vehicles/{tag}/vehicle_data", fleet.ForVehicle(new(SimulatedEndpoints.VehicleData, Rate: RateCategory.Data), VehicleDataEndpoint.Get));
            api.Map("/{**path}", (HttpContext http) => FleetErrors.NotFound());
        }

        return app;
    }
}
