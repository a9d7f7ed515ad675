namespace CarPulse.Web.Endpoints.Api.V1;

public sealed record SessionVehiclesResponse(IReadOnlyList<SessionVehicleResponse> Vehicles);

public sealed record SessionVehicleResponse(long Id, string Vin, string DisplayName, string Model, int? Year, string State);

public sealed record SessionStateResponse(
    string Status,
    DateTimeOffset ExpiresAt,
    int VehicleCount,
    IReadOnlyList<long> SelectedVehicleIds,
    string? Package,
    long? TotalCents);

public sealed record SelectRequest(List<long>? VehicleIds, string? Package);

public sealed record SelectResponse(string Status, int VehicleCount, string Package);
