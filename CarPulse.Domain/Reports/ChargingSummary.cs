namespace CarPulse.Domain.Reports;

/// <summary>An amount in one currency's units (decimal, e.g. 18.40 EUR). Amounts in different currencies are never added.</summary>
public sealed record CurrencyAmount(string Currency, decimal Amount)
{
    /// <summary>Whole cents, rounded half away from zero, for <c>MoneyText.Format</c>.</summary>
    public long Cents => (long)Math.Round(Amount * 100m, MidpointRounding.AwayFromZero);
}

/// <summary>Sessions and energy on one side of the Supercharger / other split.</summary>
public sealed record ChargingShare(int Sessions, decimal EnergyKwh);

/// <summary>One calendar month (in the site's local time) of the charging chart.</summary>
public sealed record MonthlyCharging(int Year, int Month, int Sessions, decimal EnergyKwh, IReadOnlyList<CurrencyAmount> Cost);

/// <summary>A session's energy price: its CHARGING cost divided by its kWh (idle fees excluded — they price lingering, not energy).</summary>
public sealed record SessionPricePerKwh(
    long SessionId, string? Site, DateTimeOffset? StartedAt, decimal EnergyKwh, decimal ChargingCost, string Currency, decimal PricePerKwh);

/// <summary>The cheapest and the most expensive session per kWh among the sessions billed in <see cref="Currency"/>.</summary>
public sealed record PricePerKwhRange(string Currency, SessionPricePerKwh Cheapest, SessionPricePerKwh MostExpensive);

/// <summary>A charging site with how often and how much the car charged there.</summary>
public sealed record LocationUsage(string Site, string? CountryCode, int Sessions, decimal EnergyKwh);

/// <summary>
/// Charging analytics for one vehicle (SPEC §4). Costs are listed per currency, sorted by currency code; the monthly
/// series runs without gaps from the first to the last dated month.
/// </summary>
public sealed record ChargingSummary(
    int SessionCount,
    decimal EnergyKwh,
    IReadOnlyList<CurrencyAmount> TotalCost,
    IReadOnlyList<CurrencyAmount> IdleCost,
    ChargingShare Supercharger,
    ChargingShare Other,
    IReadOnlyList<MonthlyCharging> Monthly,
    IReadOnlyList<PricePerKwhRange> PricePerKwh,
    IReadOnlyList<LocationUsage> TopLocations,
    DateTimeOffset? FirstSessionAt,
    DateTimeOffset? LastSessionAt,
    int UndatedSessions)
{
    public static ChargingSummary Empty { get; } =
        new(0, 0m, [], [], new(0, 0m), new(0, 0m), [], [], [], null, null, 0);
}
