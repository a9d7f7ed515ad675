namespace CarPulse.Web.Endpoints.Api.V1;

/// <param name="Email">Optional: where a zero total's order link is sent ("Email me the link"); a paid order's address comes from the provider's checkout.</param>
public sealed record CreateIntentRequest(string? SessionId, string? Method, string? Email = null);

public sealed record CreateIntentResponse(string Provider, string PaymentId, Uri CheckoutUrl);

/// <summary>A zero total: the order is paid without a provider.</summary>
public sealed record PaidWithoutProviderResponse(string Status);

public sealed record ReceiptResponse(
    string Number,
    DateTimeOffset IssuedAt,
    ReceiptSellerResponse Seller,
    string? CustomerEmail,
    ReceiptLineResponse Line,
    ReceiptDiscountResponse? Discount,
    long NetCents,
    long VatCents,
    decimal VatRate,
    long TotalCents,
    string Currency,
    string PaymentMethod,
    string OrderReference);

public sealed record ReceiptSellerResponse(string Name, string Address, string BusinessId, string VatNumber, string Email, string Website);

public sealed record ReceiptLineResponse(string Package, int VehicleCount, string TierLabel, long AmountCents);

public sealed record ReceiptDiscountResponse(string Code, string Label, long AmountCents);
