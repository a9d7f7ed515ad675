namespace CarPulse.Web.Endpoints.Api.V1;

public sealed record SessionVehiclesResponse(IReadOnlyList<SessionVehicleResponse> Vehicles);

public sealed record SessionVehicleResponse(long Id, string Vin, string DisplayName, string Model, int? Year, string State);

/// <summary>SPEC §9's state; <see cref="ReconnectNeeded"/> says a paid order waits for the customer to sign in to Tesla again at <see cref="ReconnectUrl"/>.</summary>
public sealed record SessionStateResponse(
    string Status,
    DateTimeOffset ExpiresAt,
    int VehicleCount,
    IReadOnlyList<long> SelectedVehicleIds,
    string? Package,
    long? TotalCents,
    bool ReconnectNeeded,
    string? ReconnectUrl);

public sealed record SelectRequest(List<long>? VehicleIds, string? Package);

public sealed record SelectResponse(string Status, int VehicleCount, string Package);
