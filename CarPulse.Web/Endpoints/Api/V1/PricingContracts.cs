namespace CarPulse.Web.Endpoints.Api.V1;

public sealed record CatalogResponse(string Currency, decimal VatRate, IReadOnlyList<CatalogPackageResponse> Packages);

public sealed record CatalogPackageResponse(
    string Name,
    string Title,
    IReadOnlyList<string> Features,
    IReadOnlyList<string> Modules,
    IReadOnlyList<TierResponse> Tiers);

public sealed record TierResponse(int MaxVehicles, long PriceCents);

public sealed record ValidateVoucherRequest(string? Code);

public sealed record VoucherValidationResponse(
    bool Valid,
    string Code,
    string? Type,
    long? Value,
    string? Label,
    string? DiscountDescription,
    string? Reason);

public sealed record QuoteRequest(string? SessionId, string? VoucherCode);

public sealed record QuoteResponse(
    string Package,
    int VehicleCount,
    string TierLabel,
    long TierPriceCents,
    QuoteVoucherResponse? Voucher,
    long TotalCents,
    long VatCents,
    string Currency);

public sealed record QuoteVoucherResponse(string Code, string Type, long Value, string Label, long DiscountCents);
