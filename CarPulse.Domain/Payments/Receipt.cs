namespace CarPulse.Domain.Payments;

/// A paid order's receipt; everything the PDF and the JSON receipt show.
public sealed record Receipt(
    string Number,                 // e.g. "CP-20261123-7F3K9Q"
    DateTimeOffset IssuedAt,       // when the payment was recorded
    CompanyDetails Seller,
    string? CustomerEmail,
    ReceiptLine Line,
    ReceiptDiscount? Discount,
    long TotalCents,               // VAT-inclusive total charged
    long VatCents,
    decimal VatRatePercent,        // 25.5
    string Currency,               // "EUR"
    string PaymentMethod,          // provider's method type: "card", "paypal", "mobilepay", "apple_pay", "google_pay", "free", "demo"...
    string OrderReference);        // a short, non-secret reference (NOT the session id)
public sealed record ReceiptLine(CarPulse.Domain.Pricing.PackageName Package, int VehicleCount, string TierLabel, long AmountCents);
public sealed record ReceiptDiscount(string Code, string Label, long AmountCents);
public sealed record CompanyDetails(string Name, string Address, string BusinessId, string VatNumber, string Email, string Website);
