namespace CarPulse.Domain.Tesla;

// The wrappers Tesla puts around lists; only the client sees them.
internal sealed record ChargingHistoryPage(List<ChargingSession>? Data, int? TotalResults);

internal sealed record RecentAlertsResponse(List<RecentAlert>? RecentAlerts);

internal sealed record WarrantyResponse(List<WarrantyItem>? ActiveWarranty, List<WarrantyItem>? UpcomingWarranty, List<WarrantyItem>? ExpiredWarranty);

internal sealed record ReleaseNotesResponse(List<ReleaseNote>? ReleaseNotes, long? DeployedVersion, long? StagedVersion);

internal sealed record OptionsResponse(List<VehicleOption>? Codes);
