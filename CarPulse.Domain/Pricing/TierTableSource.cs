using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Pricing;

/// <summary>Where the current tier table comes from; read on every quote so a change applies without a restart.</summary>
public interface ITierTableSource
{
    ValueTask<TierTable> GetAsync(CancellationToken cancellationToken);
}

/// <summary>
/// The tier table from configuration (<c>Pricing:Tiers</c>), or the SPEC defaults when none is configured. It is
/// what an empty database starts with; after that the admins' table in the database is the one that prices.
/// </summary>
public sealed class ConfiguredTierTableSource(IOptionsMonitor<PricingOptions> options) : ITierTableSource
{
    public ValueTask<TierTable> GetAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(ToTierTable(options.CurrentValue.Tiers));

    public static TierTable ToTierTable(Dictionary<string, Dictionary<int, long>> tiers) =>
        tiers.Count == 0 ? TierTable.Default : TierTable.Create(ToBands(tiers));

    public static IReadOnlyList<string> Validate(Dictionary<string, Dictionary<int, long>> tiers)
    {
        if (tiers.Count == 0)
        {
            return [];
        }

        var unknown = tiers.Keys.Where(name => !PackageNames.TryParse(name, out _)).ToList();
        return unknown.Count > 0
            ? unknown.Select(name => $"Pricing:Tiers:{name} is not a package (basic, pro, expert).").ToList()
            : TierTable.Validate(ToBands(tiers));
    }

    private static Dictionary<PackageName, IReadOnlyList<TierBand>> ToBands(Dictionary<string, Dictionary<int, long>> tiers) =>
        tiers.ToDictionary(
            entry => PackageNames.TryParse(entry.Key, out var name) ? name : throw new TierTableInvalid([$"Unknown package '{entry.Key}'."]),
            entry => (IReadOnlyList<TierBand>)entry.Value
                .OrderBy(band => band.Key)
                .Select(band => new TierBand(band.Key, band.Value))
                .ToList());
}

/// <summary>Stops the app at start when the configured tier table is unusable, naming the problem.</summary>
public sealed class PricingOptionsValidator : IValidateOptions<PricingOptions>
{
    public ValidateOptionsResult Validate(string? name, PricingOptions options)
    {
        var problems = ConfiguredTierTableSource.Validate(options.Tiers).ToList();
        if (options.Currency is not { Length: 3 } currency || !currency.All(char.IsAsciiLetterUpper))
        {
            problems.Add("Pricing:Currency must be an ISO 4217 code such as EUR.");
        }

        if (options.VatPercent is < 0 or >= 100)
        {
            problems.Add("Pricing:VatPercent must be at least 0 and below 100.");
        }

        if (string.IsNullOrWhiteSpace(options.VoucherSeedFile))
        {
            problems.Add("Pricing:VoucherSeedFile must name the voucher seed file.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
