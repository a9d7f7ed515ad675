using CarPulse.Web.Simulators.Tesla.Fixtures;

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
            var charging = TeslaScopes.VehicleChargingCommands;
            api.MapGet("/users/region", fleet.ForAccount(new(SimulatedEndpoints.Region, Scope: null, AnyRegion: true), VehicleEndpoints.Region));
            api.MapGet("/vehicles", fleet.ForAccount(new(SimulatedEndpoints.Vehicles), VehicleEndpoints.List));
            api.MapGet("/vehicles/{tag}", fleet.ForVehicle(new(SimulatedEndpoints.Vehicle, Rate: RateCategory.Data), VehicleEndpoints.Get));
            api.MapPost("/vehicles/{tag}/wake_up", fleet.ForVehicle(new(SimulatedEndpoints.WakeUp, Rate: RateCategory.Wake), VehicleEndpoints.WakeUp));
            api.MapGet("/vehicles/{tag}/vehicle_data", fleet.ForVehicle(new(SimulatedEndpoints.VehicleData, Rate: RateCategory.Data), VehicleDataEndpoint.Get));
            api.MapGet("/vehicles/{tag}/recent_alerts", fleet.ForVehicle(new(SimulatedEndpoints.RecentAlerts, Rate: RateCategory.Data), VehicleModuleEndpoints.RecentAlerts));
            api.MapGet("/vehicles/{tag}/service_data", fleet.ForVehicle(new(SimulatedEndpoints.ServiceData, Rate: RateCategory.Data), VehicleModuleEndpoints.ServiceData));
            api.MapGet("/vehicles/{tag}/release_notes", fleet.ForVehicle(new(SimulatedEndpoints.ReleaseNotes, Rate: RateCategory.Data), VehicleModuleEndpoints.ReleaseNotes));
            api.MapGet("/vehicles/{tag}/specs", fleet.ForPartner(new(SimulatedEndpoints.Specs, Scope: TeslaScopes.VehicleSpecs), SpecsEndpoint.Get));
            api.MapGet("/dx/charging/history", fleet.ForAccount(new(SimulatedEndpoints.ChargingHistory, Scope: charging), ChargingEndpoints.History));
            api.MapGet("/dx/charging/invoice/{contentId}", fleet.ForAccount(new(SimulatedEndpoints.ChargingInvoice, Scope: charging), ChargingEndpoints.Invoice));
            api.MapGet("/dx/warranty/details", fleet.ForVehicle(new(SimulatedEndpoints.Warranty, Rate: RateCategory.Data), VehicleModuleEndpoints.Warranty));
            api.MapGet("/dx/vehicles/options", fleet.ForVehicle(new(SimulatedEndpoints.Options, Rate: RateCategory.Data), VehicleModuleEndpoints.Options));
            api.Map("/{**path}", (HttpContext http) => FleetErrors.NotFound());
        }

        return app;
    }
}
