using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CarPulse.Domain.Persistence;

/// <summary>Brings the database to the current migration and gives a new database its seed vouchers.</summary>
public sealed class DatabaseInitializer(CarPulseDb db, ILogger<DatabaseInitializer> log)
{
    public async Task InitializeAsync(string voucherSeedFile, CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (await db.Vouchers.AnyAsync(cancellationToken))
        {
            return;
        }

        var vouchers = await VoucherSeed.ReadAsync(voucherSeedFile, cancellationToken);
        db.Vouchers.AddRange(vouchers);
        await db.SaveChangesAsync(cancellationToken);
        log.LogInformation("Seeded {VoucherCount} vouchers from {SeedFile}", vouchers.Count, Path.GetFileName(voucherSeedFile));
    }
}
