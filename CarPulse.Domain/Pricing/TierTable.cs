using System.Collections.Frozen;
using static System.FormattableString;

namespace CarPulse.Domain.Pricing;

/// <summary>
/// VAT-inclusive totals per package and vehicle-count band (SPEC §3). A count is priced by the smallest
/// band that holds it; counts above the top band use the top band. Prices are never multiplied per vehicle.
/// </summary>
public sealed class TierTable
{
    private readonly FrozenDictionary<PackageName, IReadOnlyList<TierBand>> _bands;

    private TierTable(FrozenDictionary<PackageName, IReadOnlyList<TierBand>> bands) => _bands = bands;

    public static TierTable Default { get; } = Create(new Dictionary<PackageName, IReadOnlyList<TierBand>>
    {
        [PackageName.Basic] = [new(1, 999), new(2, 1499), new(5, 2999), new(10, 4999)],
        [PackageName.Pro] = [new(1, 1999), new(2, 2999), new(5, 4999), new(10, 7999)],
        [PackageName.Expert] = [new(1, 2999), new(2, 4499), new(5, 7999), new(10, 12999)],
    });

    /// <exception cref="TierTableInvalid">When <see cref="Validate"/> finds any problem.</exception>
    public static TierTable Create(IReadOnlyDictionary<PackageName, IReadOnlyList<TierBand>> bands)
    {
        var problems = Validate(bands);
        if (problems.Count > 0)
        {
            throw new TierTableInvalid(problems);
        }

        // Copy, so later changes to the caller's lists cannot reprice a table in use.
        return new TierTable(bands.ToFrozenDictionary(
            entry => entry.Key,
            entry => (IReadOnlyList<TierBand>)Array.AsReadOnly(entry.Value.ToArray())));
    }

    /// <summary>Every problem in <paramref name="bands"/>, in English, naming the package and band; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyDictionary<PackageName, IReadOnlyList<TierBand>> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        var problems = new List<string>();

        foreach (var unknown in bands.Keys.Where(package => !Enum.IsDefined(package)))
        {
            problems.Add(Invariant($"Package {(int)unknown} is not a known package."));
        }

        foreach (var package in PackageCatalog.All)
        {
            if (!bands.TryGetValue(package.Name, out var packageBands) || packageBands is null)
            {
                problems.Add($"The {package.Title} package is missing from the tier table.");
                continue;
            }

            if (packageBands.Count == 0)
            {
                problems.Add($"The {package.Title} package has no tier bands.");
                continue;
            }

            problems.AddRange(BandProblems(package.Title, packageBands));
        }

        return problems;
    }

    private static IEnumerable<string> BandProblems(string title, IReadOnlyList<TierBand> bands)
    {
        TierBand? previous = null;
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            var number = i + 1;
            if (band is null)
            {
                yield return Invariant($"{title} band {number} is empty.");
                continue;
            }

            if (band.MaxVehicles <= 0)
            {
                yield return Invariant($"{title} band {number}: the maximum number of vehicles must be at least 1, not {band.MaxVehicles}.");
            }
            else if (previous is not null && band.MaxVehicles <= previous.MaxVehicles)
            {
                yield return Invariant($"{title} band {number}: the maximum number of vehicles ({band.MaxVehicles}) must be greater than band {number - 1}'s ({previous.MaxVehicles}).");
            }

            if (band.PriceCents <= 0)
            {
                yield return Invariant($"{title} band {number} (up to {band.MaxVehicles} vehicles): the price must be more than 0 cents, not {band.PriceCents}.");
            }

            previous = band;
        }
    }

    public IReadOnlyList<TierBand> BandsFor(PackageName package) =>
        _bands.TryGetValue(package, out var bands)
            ? bands
            : throw new ArgumentOutOfRangeException(nameof(package), package, "Unknown package.");

    public TierBand Lookup(PackageName package, int vehicleCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(vehicleCount, 1);
        var bands = BandsFor(package);
        return bands.FirstOrDefault(band => band.MaxVehicles >= vehicleCount) ?? bands[^1];
    }

    /// <exception cref="ArgumentException">When <paramref name="band"/> is not one of the package's bands.</exception>
    public TierLabel LabelFor(PackageName package, TierBand band)
    {
        ArgumentNullException.ThrowIfNull(band);
        var bands = BandsFor(package);
        for (var i = 0; i < bands.Count; i++)
        {
            if (bands[i] == band)
            {
                var min = i == 0 ? 1 : bands[i - 1].MaxVehicles + 1;
                int? max = i == bands.Count - 1 ? null : band.MaxVehicles;
                return new TierLabel(min, max);
            }
        }

        throw new ArgumentException($"The band is not one of the {package.ToWireName()} bands.", nameof(band));
    }
}
