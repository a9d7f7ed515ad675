using CarPulse.Domain;
using CarPulse.Domain.Pricing;
using CarPulse.Domain.Reports;
using CarPulse.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CarPulse.Web.Endpoints.Api.V1;

/// <summary>SPEC §9 pricing: catalog, voucher check, and the server-side quote for a session.</summary>
public static class PricingEndpoints
{
    public static IEndpointRouteBuilder MapPricingApi(this IEndpointRouteBuilder app)
    {
        var pricing = app.MapGroup("/api/v1/pricing").WithTags("Pricing").WithRequestBodyLimit(RequestLimits.JsonApi);
        pricing.MapGet("/catalog", GetCatalogAsync);
        // Both are limited by the voucher budget they share with the order page (see VoucherCheckLimit).
        pricing.MapPost("/validate-voucher", ValidateVoucherAsync);
        pricing.MapPost("/quote", QuoteAsync);
        return app;
    }

    private static async Task<Ok<CatalogResponse>> GetCatalogAsync(PricingService pricing, CancellationToken cancellationToken)
    {
        var catalog = await pricing.GetCatalogAsync(cancellationToken);
        return TypedResults.Ok(new CatalogResponse(
            catalog.Currency,
            catalog.Vat.Percent,
            catalog.Packages.Select(entry => new CatalogPackageResponse(
                entry.Package.Name.ToWireName(),
                entry.Package.Title,
                entry.Package.Features,
                entry.Package.Modules.Select(module => module.ToWireName()).ToList(),
                entry.Tiers.Select(band => new TierResponse(band.MaxVehicles, band.PriceCents)).ToList())).ToList()));
    }

    private static async Task<Ok<VoucherValidationResponse>> ValidateVoucherAsync(
        ValidateVoucherRequest request, HttpContext http, VoucherCheckLimit limit, PricingService pricing, CancellationToken cancellationToken)
    {
        await limit.EnsureAsync(http.Connection.RemoteIpAddress, sessionId: null, cancellationToken);
        var code = VoucherCode(Required(request.Code, "code", "Enter a voucher code."), "code");
        var check = await pricing.CheckVoucherAsync(code, cancellationToken);
        return TypedResults.Ok(check.Voucher is { } voucher
            ? new VoucherValidationResponse(true, voucher.Code, voucher.Type.ToWireName(), voucher.Value, voucher.Label, voucher.DiscountDescription, null)
            : new VoucherValidationResponse(false, check.Code, null, null, null, null, (check.Refusal ?? VoucherRefusal.Unknown).Reason()));
    }

    private static async Task<Ok<QuoteResponse>> QuoteAsync(
        QuoteRequest request, HttpContext http, VoucherCheckLimit limit, PricingService pricing, CancellationToken cancellationToken)
    {
        await limit.EnsureAsync(http.Connection.RemoteIpAddress, request.SessionId, cancellationToken);
        var sessionId = Required(request.SessionId, "session_id", "session_id is required.");
        var quote = await pricing.QuoteAsync(sessionId, request.VoucherCode is { } voucherCode ? VoucherCode(voucherCode, "voucher_code") : null, cancellationToken);
        return TypedResults.Ok(new QuoteResponse(
            quote.Package.ToWireName(),
            quote.VehicleCount,
            quote.TierLabel.ToString(),
            quote.TierPriceCents,
            quote.Voucher is { } voucher
                ? new QuoteVoucherResponse(voucher.Code, voucher.Type.ToWireName(), voucher.Value, voucher.Label, voucher.DiscountCents)
                : null,
            quote.TotalCents,
            quote.VatCents,
            quote.Currency));
    }

    /// <summary>No voucher is longer than <see cref="Voucher.MaxCodeLength"/>: a longer code is refused, not looked up or echoed back.</summary>
    private static string VoucherCode(string code, string field) =>
        code.AsSpan().Trim().Length > Voucher.MaxCodeLength
            ? throw new InputInvalid(field, $"A voucher code has at most {Voucher.MaxCodeLength} characters.")
            : code;

    private static string Required(string? value, string field, string message) =>
        string.IsNullOrWhiteSpace(value) ? throw new InputInvalid(field, message) : value;
}
