using CarPulse.Domain.Tesla;

namespace CarPulse.Domain.Reports;

/// <summary>
/// What one session's fee lines add up to in one currency. Amounts are <c>decimal</c> in the fee's currency units,
/// as Tesla sends them (18.40 EUR is 18.40m), because a price per kWh needs more precision than cents; use
/// <see cref="CurrencyAmount.Cents"/> to hand a total to <c>MoneyText</c>.
/// </summary>
public sealed record SessionCost(string Currency, decimal Charging, decimal Idle, decimal Other)
{
    public decimal Total => Charging + Idle + Other;
}

/// <summary>
/// The energy and costs of one <see cref="ChargingSession"/>, read from its fee lines:
/// energy is the usage of <c>CHARGING</c> lines billed in kWh; <c>PARKING</c> (idle) and <c>CONGESTION</c> lines are
/// time-based, so they count as <see cref="SessionCost.Idle"/> cost and never as energy; any other fee type counts
/// only towards the total. A fee's amount is <c>totalDue</c> (what Tesla billed), falling back to <c>netDue</c>.
/// </summary>
public sealed record SessionCharges(decimal EnergyKwh, bool IsSupercharger, IReadOnlyList<SessionCost> Costs)
{
    /// <summary>ISO 4217's "no currency", for a fee with an amount but no currency code.</summary>
    public const string UnknownCurrency = "XXX";

    public static SessionCharges Of(ChargingSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var fees = session.Fees ?? [];
        var energy = 0m;
        var costs = new Dictionary<string, (decimal Charging, decimal Idle, decimal Other)>(StringComparer.Ordinal);
        string? chargingCurrency = null;
        foreach (var fee in fees)
        {
            var kind = KindOf(fee.FeeType);
            if (kind == FeeKind.Charging && IsKwh(fee.Uom))
            {
                energy += Usage(fee);
            }

            var amount = fee.TotalDue ?? fee.NetDue ?? 0m;
            var currency = Normalise(fee.CurrencyCode);
            if (currency is null)
            {
                // A zero line without a currency (a NO_CHARGE idle fee) says nothing about money; an amount without one
                // is kept apart rather than guessed into the session's other currency.
                if (amount == 0m)
                {
                    continue;
                }

                currency = UnknownCurrency;
            }

            if (kind == FeeKind.Charging)
            {
                chargingCurrency ??= currency;
            }

            var sum = costs.GetValueOrDefault(currency);
            costs[currency] = kind switch
            {
                FeeKind.Charging => sum with { Charging = sum.Charging + amount },
                FeeKind.Idle => sum with { Idle = sum.Idle + amount },
                _ => sum with { Other = sum.Other + amount },
            };
        }

        var ordered = costs
            .OrderBy(pair => pair.Key == chargingCurrency ? 0 : 1)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new SessionCost(pair.Key, pair.Value.Charging, pair.Value.Idle, pair.Value.Other))
            .ToArray();

        // dx/charging/history lists only Tesla-billed sessions, and Tesla bills energy only at Superchargers, so a
        // CHARGING line (of any pricing type, free ones included) marks a Supercharger visit. A session without one —
        // fees missing, or an idle fee alone — cannot be attributed, and is "other".
        var isSupercharger = fees.Any(fee => KindOf(fee.FeeType) == FeeKind.Charging);
        return new SessionCharges(energy, isSupercharger, ordered);
    }

    private enum FeeKind
    {
        Charging,
        Idle,
        Other,
    }

    private static FeeKind KindOf(string? feeType) => feeType?.Trim().ToUpperInvariant() switch
    {
        "CHARGING" => FeeKind.Charging,
        "PARKING" or "CONGESTION" => FeeKind.Idle,
        _ => FeeKind.Other,
    };

    // Tesla writes "kwh" and "kWh"; a CHARGING line without a unit is taken as kWh, its usual unit. Per-minute
    // charging ("min") has a cost but no energy we could report.
    private static bool IsKwh(string? uom) => string.IsNullOrWhiteSpace(uom) || uom.Trim().Equals("kwh", StringComparison.OrdinalIgnoreCase);

    private static decimal Usage(ChargingFee fee) =>
        (fee.UsageBase ?? 0m) + (fee.UsageTier1 ?? 0m) + (fee.UsageTier2 ?? 0m) + (fee.UsageTier3 ?? 0m) + (fee.UsageTier4 ?? 0m);

    private static string? Normalise(string? currency) =>
        string.IsNullOrWhiteSpace(currency) ? null : currency.Trim().ToUpperInvariant();
}
