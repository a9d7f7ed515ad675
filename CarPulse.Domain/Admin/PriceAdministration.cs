using System.Security.Claims;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CarPulse.Domain.Admin;

/// <summary>A package's bands as the audit trail records them.</summary>
internal sealed record TierBandsSnapshot(IReadOnlyList<TierBand> Bands);

/// <summary>
/// The back office's tier table: read it, replace it. A saved table prices the next quote; paid orders keep
/// the quote stored on them. Each changed package is audited in the same save.
/// </summary>
public sealed class PriceAdministration(
    CarPulseDb db,
    ITierTableSource tiers,
    TimeProvider clock,
    ILogger<PriceAdministration> log)
{
    /// <exception cref="AdminAccessDenied">When <paramref name="admin"/> is not a signed-in admin.</exception>
    public async Task<TierTable> CurrentAsync(ClaimsPrincipal admin, CancellationToken cancellationToken)
    {
        AdminActor.Require(admin);
        return await tiers.GetAsync(cancellationToken);
    }

    /// <summary>Replaces every package's bands; a package whose bands did not change is left alone.</summary>
    /// <exception cref="AdminAccessDenied">When <paramref name="admin"/> is not a signed-in admin.</exception>
    /// <exception cref="TierTableInvalid">Listing every problem; nothing is saved.</exception>
    public async Task<TierTable> SaveAsync(
        ClaimsPrincipal admin, IReadOnlyDictionary<PackageName, IReadOnlyList<TierBand>> bands, CancellationToken cancellationToken)
    {
        var actor = AdminActor.Require(admin);
        var table = TierTable.Create(bands);
        var current = await tiers.GetAsync(cancellationToken);
        var rows = await db.TierPrices.ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        try
        {
            foreach (var package in PackageCatalog.All.Select(package => package.Name))
            {
                var before = current.BandsFor(package);
                var after = table.BandsFor(package);
                var stored = rows.Where(row => row.Package == package).ToList();
                var changed = !before.SequenceEqual(after);
                if (changed || stored.Count != after.Count)
                {
                    Replace(package, stored, after);
                }

                if (!changed)
                {
                    continue;
                }

                db.AuditEntries.Add(AuditEntry.Record(
                    actor, AuditEntry.TierPricesEntity, package.ToWireName(), new TierBandsSnapshot(before), new TierBandsSnapshot(after), now));
                log.LogInformation("Admin {AdminUsername} changed the {Package} tier prices", actor.Username, package.ToWireName());
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            // A circuit keeps its context for the next call: nothing of this save may linger as a stale tracked row.
            db.ChangeTracker.Clear();
        }

        return table;
    }

    private void Replace(PackageName package, List<TierPrice> stored, IReadOnlyList<TierBand> bands)
    {
        foreach (var row in stored.Where(row => bands.All(band => band.MaxVehicles != row.MaxVehicles)))
        {
            db.TierPrices.Remove(row);
        }

        foreach (var band in bands)
        {
            if (stored.Find(row => row.MaxVehicles == band.MaxVehicles) is { } row)
            {
                row.Reprice(band.PriceCents);
            }
            else
            {
                db.TierPrices.Add(TierPrice.Of(package, band));
            }
        }
    }
}
