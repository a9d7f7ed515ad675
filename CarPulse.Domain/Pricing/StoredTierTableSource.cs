using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Pricing;

/// <summary>
/// The tier table the admins edit, read from the database on every call (a dozen rows), so a saved change
/// prices the next quote on every node without a cache to invalidate. An empty table (a database not yet
/// seeded) prices from configuration.
/// </summary>
public sealed class StoredTierTableSource(CarPulseDb db, IOptionsMonitor<PricingOptions> options) : ITierTableSource
{
    public async ValueTask<TierTable> GetAsync(CancellationToken cancellationToken)
    {
        var rows = await db.TierPrices.AsNoTracking().ToListAsync(cancellationToken);
        return rows.Count == 0
            ? ConfiguredTierTableSource.ToTierTable(options.CurrentValue.Tiers)
            : TierTable.Create(rows
                .GroupBy(row => row.Package)
                .ToDictionary(
                    group => group.Key,
                    group => (IReadOnlyList<TierBand>)group.OrderBy(row => row.MaxVehicles).Select(row => new TierBand(row.MaxVehicles, row.PriceCents)).ToList()));
    }
}
