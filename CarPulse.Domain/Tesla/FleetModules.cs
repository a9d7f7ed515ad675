using System.Text.Json;
using System.Text.Json.Serialization;

namespace CarPulse.Domain.Tesla;

/// <summary>One Supercharger session from the account-level <c>dx/charging/history</c>.</summary>
public sealed record ChargingSession(
    long SessionId,
    string Vin,
    string? SiteLocationName,
    DateTimeOffset? ChargeStartDateTime,
    DateTimeOffset? ChargeStopDateTime,
    DateTimeOffset? UnlatchDateTime,
    string? CountryCode,
    IReadOnlyList<ChargingFee>? Fees,
    string? BillingType,
    IReadOnlyList<ChargingInvoice>? Invoices,
    string? VehicleMakeType);

/// <summary>A fee line; amounts are in the fee's currency units as Tesla sends them.</summary>
public sealed record ChargingFee(
    long? SessionFeeId,
    string? FeeType,
    string? CurrencyCode,
    string? PricingType,
    decimal? RateBase,
    decimal? UsageBase,
    decimal? UsageTier1,
    decimal? UsageTier2,
    decimal? UsageTier3,
    decimal? UsageTier4,
    decimal? TotalDue,
    decimal? NetDue,
    string? Uom,
    bool? IsPaid,
    string? Status);

public sealed record ChargingInvoice(string FileName, string ContentId, string? InvoiceType);

/// <summary>An invoice PDF as Tesla serves it.</summary>
public sealed record InvoiceDocument(string FileName, byte[] Content);

public sealed record RecentAlert(string Name, DateTimeOffset? Time, IReadOnlyList<string>? Audience, string? UserText);

/// <summary><c>service_data</c>; all fields null when the car is not in service (the normal case).</summary>
public sealed record ServiceStatus(
    [property: JsonPropertyName("service_status")] string? ServiceStatusCode, DateTimeOffset? ServiceEtc, string? ServiceVisitNumber, int? StatusId)
{
    public bool InService => !string.IsNullOrEmpty(ServiceStatusCode) && ServiceStatusCode != "not_in_service";
}

public sealed record WarrantyDetails(
    IReadOnlyList<WarrantyItem> ActiveWarranty,
    IReadOnlyList<WarrantyItem> UpcomingWarranty,
    IReadOnlyList<WarrantyItem> ExpiredWarranty);

public sealed record WarrantyItem(
    string WarrantyType,
    string? WarrantyDisplayName,
    DateTimeOffset? ExpirationDate,
    double? ExpirationOdometer,
    string? OdometerUnit,
    DateTimeOffset? WarrantyExpiredOn,
    int? CoverageAgeInYears);

public sealed record ReleaseNotes(IReadOnlyList<ReleaseNote> Notes, long? DeployedVersion, long? StagedVersion);

public sealed record ReleaseNote(string? Title, string? Subtitle, string? Description, string? CustomerVersion, string? Icon);

public sealed record VehicleOption(string Code, string? DisplayName, bool? IsActive, string? ColorCode);

/// <summary>Vehicle specs (partner endpoint). Tesla does not document the shape: kept as the JSON it sent.</summary>
public sealed record VehicleSpecs(JsonElement Content);
