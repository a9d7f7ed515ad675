namespace CarPulse.Domain.Pricing;

/// <summary>A VAT rate in percent. Prices are VAT-inclusive, so VAT is always worked out of a gross total.</summary>
public sealed record VatRate(decimal Percent)
{
    public static VatRate Finland { get; } = new(25.5m);

    public decimal Percent { get; } = Percent >= 0
        ? Percent
        : throw new ArgumentOutOfRangeException(nameof(Percent), Percent, "A VAT rate cannot be negative.");

    /// <summary>The VAT contained in <paramref name="grossCents"/>: round(gross × P / (100 + P)), halves away from zero.</summary>
    public long IncludedIn(long grossCents)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(grossCents);
        return (long)Math.Round(grossCents * Percent / (100 + Percent), MidpointRounding.AwayFromZero);
    }
}
