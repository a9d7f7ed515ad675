using CarPulse.Domain.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CarPulse.Domain.Persistence;

/// <summary>Brings the database to the current migration and gives a new database its seed vouchers and tier prices.</summary>
public sealed class DatabaseInitializer(CarPulseDb db, ILogger<DatabaseInitializer> log)
{
    /// <param name="voucherSeedFile">Vouchers for an empty voucher table.</param>
    /// <param name="initialTiers">Prices for an empty tier price table (from configuration); admins edit them later.</param>
    public async Task InitializeAsync(string voucherSeedFile, TierTable initialTiers, CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        await SeedVouchersAsync(voucherSeedFile, cancellationToken);
        await SeedTierPricesAsync(initialTiers, cancellationToken);
    }

    private async Task SeedVouchersAsync(string voucherSeedFile, CancellationToken cancellationToken)
    {
        if (await db.Vouchers.AnyAsync(cancellationToken))
        {
            return;
        }

        var vouchers = await VoucherSeed.ReadAsync(voucherSeedFile, cancellationToken);
        db.Vouchers.AddRange(vouchers);
        await db.SaveChangesAsync(cancellationToken);
        log.LogInformation("Seeded {VoucherCount} vouchers from {SeedFile}", vouchers.Count, Path.GetFileName(voucherSeedFile));
    }

    private async Task SeedTierPricesAsync(TierTable initialTiers, CancellationToken cancellationToken)
    {
        if (await db.TierPrices.AnyAsync(cancellationToken))
        {
            return;
        }

        var rows = TierPrice.RowsOf(initialTiers).ToList();
        db.TierPrices.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        log.LogInformation("Seeded {TierPriceCount} tier prices from configuration", rows.Count);
    }
}
