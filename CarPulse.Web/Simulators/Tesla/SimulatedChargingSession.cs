namespace CarPulse.Web.Simulators.Tesla;

/// <summary>One Supercharger session exactly as <c>GET /api/1/dx/charging/history</c> lists it (camelCase on the wire).</summary>
public sealed record SimulatedChargingSession(
    long SessionId,
    string Vin,
    string SiteLocationName,
    DateTimeOffset ChargeStartDateTime,
    DateTimeOffset ChargeStopDateTime,
    DateTimeOffset UnlatchDateTime,
    string CountryCode,
    IReadOnlyList<ChargingFee> Fees,
    string BillingType,
    IReadOnlyList<ChargingInvoice> Invoices,
    string VehicleMakeType);

/// <summary>A fee line; <c>CHARGING</c> in kWh, <c>PARKING</c> (idle) in minutes. Amounts in <see cref="CurrencyCode"/>.</summary>
public sealed record ChargingFee(
    long SessionFeeId,
    string FeeType,
    string CurrencyCode,
    string PricingType,
    decimal RateBase,
    decimal RateTier1,
    decimal RateTier2,
    decimal? RateTier3,
    decimal? RateTier4,
    decimal UsageBase,
    decimal UsageTier1,
    decimal UsageTier2,
    decimal? UsageTier3,
    decimal? UsageTier4,
    decimal TotalBase,
    decimal TotalTier1,
    decimal TotalTier2,
    decimal TotalTier3,
    decimal TotalTier4,
    decimal TotalDue,
    decimal NetDue,
    string Uom,
    bool IsPaid,
    string Status);

public sealed record ChargingInvoice(string FileName, string ContentId, string InvoiceType);
