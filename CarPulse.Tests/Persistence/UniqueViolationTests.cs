using System.Text.Json;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Reports;
using CarPulse.Tests.Domain.Pricing;
using CarPulse.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarPulse.Tests.Persistence;

/// <summary>Only a duplicate that a unique index refused counts as "stored a moment ago"; any other failed write stays a failure.</summary>
public abstract class UniqueViolationTests(DatabaseProvider provider) : IDisposable
{
    private readonly TestDatabase _database = new(provider);

    [Fact]
    public async Task A_second_row_with_the_same_key_is_a_unique_violation()
    {
        await SaveAsync(db => db.Vouchers.Add(TestVouchers.Make(code: "TWICE10")));

        var duplicate = await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(db => db.Vouchers.Add(TestVouchers.Make(code: "TWICE10"))));

        Assert.True(duplicate.IsUniqueViolation());
    }

    [Fact]
    public async Task A_row_for_an_order_that_does_not_exist_is_a_failure_not_a_duplicate()
    {
        var orphan = VehicleReport.From("no-such-order", 1, new Dictionary<string, JsonElement>(), new Dictionary<string, string>(), OrderSessionBuilder.Now);

        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(db => db.VehicleReports.Add(orphan)));

        Assert.False(failure.IsUniqueViolation());
    }

    public void Dispose() => _database.Dispose();

    private async Task SaveAsync(Action<CarPulseDb> change)
    {
        await using var db = _database.Open();
        change(db);
        await db.SaveChangesAsync();
    }

    public sealed class OnSqlite() : UniqueViolationTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : UniqueViolationTests(DatabaseProvider.PostgreSql);
}
