namespace CarPulse.Domain.Pricing;

/// <summary>One row of a package's price list: up to <paramref name="MaxVehicles"/> vehicles cost <paramref name="PriceCents"/> in total, VAT included.</summary>
public sealed record TierBand(int MaxVehicles, long PriceCents);
