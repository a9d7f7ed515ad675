using CarPulse.Domain.Persistence;
using CarPulse.Domain.Pricing;
using CarPulse.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CarPulse.Tests.Persistence;

/// <summary>A new database's vouchers come from the seed file, whatever offsets its validity windows are written with.</summary>
public abstract class VoucherSeedTests(DatabaseProvider provider) : IDisposable
{
    private readonly TestDatabase _database = new(provider);
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public async Task A_seed_voucher_valid_in_local_time_is_stored_and_read_back_at_the_same_instants()
    {
        var seed = Path.Combine(_directory.Path, "vouchers.json");
        await File.WriteAllTextAsync(seed, """
            [{ "code": "WINTER10", "type": "percentage", "value": 10, "label": "Winter",
               "valid_from": "2026-12-01T00:00:00+02:00", "valid_until": "2027-02-28T23:59:59-05:00" }]
            """);

        await using (var db = _database.Open())
        {
            await new DatabaseInitializer(db, NullLogger<DatabaseInitializer>.Instance).InitializeAsync(seed, TierTable.Default, CancellationToken.None);
        }

        await using var check = _database.Open();
        var voucher = await check.Vouchers.SingleAsync();
        Assert.Equal(
            (new DateTimeOffset(2026, 11, 30, 22, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 1, 4, 59, 59, TimeSpan.Zero)),
            (voucher.ValidFrom, voucher.ValidUntil));
    }

    public void Dispose()
    {
        _database.Dispose();
        _directory.Dispose();
    }

    public sealed class OnSqlite() : VoucherSeedTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : VoucherSeedTests(DatabaseProvider.PostgreSql);
}
