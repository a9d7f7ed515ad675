namespace CarPulse.Domain.Pricing;

public sealed class PricingOptions
{
    public const string Section = "Pricing";

    /// <summary>ISO 4217 code of every price and payment.</summary>
    public string Currency { get; init; } = "EUR";

    /// <summary>VAT included in every price, in percent (Finland: 25.5).</summary>
    public decimal VatPercent { get; init; } = 25.5m;

    /// <summary>Package name → (max vehicles → VAT-inclusive total in cents). Empty means the SPEC defaults.</summary>
    public Dictionary<string, Dictionary<int, long>> Tiers { get; init; } = [];

    /// <summary>Vouchers a new database starts with; a relative path resolves against the application folder.</summary>
    public string VoucherSeedFile { get; init; } = "config/vouchers.json";
}
