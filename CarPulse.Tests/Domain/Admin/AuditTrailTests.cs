using System.Text.Json;
using CarPulse.Domain.Admin;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Pricing;
using CarPulse.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CarPulse.Tests.Domain.Admin;

public abstract class AuditTrailTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(OrderSessionBuilder.Now);
    private readonly TestDatabase _database;
    private readonly ServiceProvider _services;

    protected AuditTrailTests(DatabaseProvider provider)
    {
        _database = new(provider);
        _services = AdminServices.Over(_database, _clock);
    }

    public Task InitializeAsync() => AdminServices.SeedAsync(_database);

    [Fact]
    public async Task A_voucher_edit_records_who_when_and_the_old_and_new_terms()
    {
        _clock.Advance(TimeSpan.FromMinutes(5));
        await using var scope = _services.CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<VoucherAdministration>().UpdateAsync(
            AdminServices.Admin,
            new VoucherDraft("launch10", VoucherType.Percentage, 15, "Launch discount", false, null, null, 50),
            CancellationToken.None);

        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal(("admin", "voucher", "LAUNCH10"), (entry.AdminUsername, entry.Entity, entry.Key));
        Assert.Equal(OrderSessionBuilder.Now.AddMinutes(5), entry.ChangedAt);
        Assert.Equal(TimeSpan.Zero, entry.ChangedAt.Offset);
        var before = JsonDocument.Parse(entry.OldValue ?? "null").RootElement;
        var after = JsonDocument.Parse(entry.NewValue).RootElement;
        Assert.Equal((10, true, 100), (before.GetProperty("value").GetInt64(), before.GetProperty("active").GetBoolean(), before.GetProperty("max_redemptions").GetInt32()));
        Assert.Equal((15, false, 50), (after.GetProperty("value").GetInt64(), after.GetProperty("active").GetBoolean(), after.GetProperty("max_redemptions").GetInt32()));
    }

    [Fact]
    public async Task Creating_a_voucher_records_no_old_value()
    {
        await using var scope = _services.CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<VoucherAdministration>().CreateAsync(
            AdminServices.Admin, new VoucherDraft("SPRING26", VoucherType.Fixed, 500, "Spring", true, null, null, null), CancellationToken.None);

        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal(("voucher", "SPRING26", null), (entry.Entity, entry.Key, entry.OldValue));
        Assert.Equal("fixed", JsonDocument.Parse(entry.NewValue).RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task An_edit_that_changes_nothing_records_nothing()
    {
        await using var scope = _services.CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<VoucherAdministration>().SetActiveAsync(AdminServices.Admin, "FLEET20", true, CancellationToken.None);

        Assert.Empty(await EntriesAsync());
    }

    [Fact]
    public async Task A_price_edit_records_the_changed_package_with_its_old_and_new_bands()
    {
        await using var scope = _services.CreateAsyncScope();
        var bands = PackageCatalog.All.ToDictionary(p => p.Name, p => TierTable.Default.BandsFor(p.Name));
        bands[PackageName.Pro] = [new(1, 1999), new(2, 3499), new(5, 4999), new(10, 7999)];

        await scope.ServiceProvider.GetRequiredService<PriceAdministration>().SaveAsync(AdminServices.Admin, bands, CancellationToken.None);

        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal(("admin", "tier_prices", "pro"), (entry.AdminUsername, entry.Entity, entry.Key));
        Assert.Equal([1999, 2999, 4999, 7999], Prices(entry.OldValue));
        Assert.Equal([1999, 3499, 4999, 7999], Prices(entry.NewValue));
        var stored = await scope.ServiceProvider.GetRequiredService<ITierTableSource>().GetAsync(CancellationToken.None);
        Assert.Equal(3499, stored.Lookup(PackageName.Pro, 2).PriceCents);
    }

    private async Task<List<AuditEntry>> EntriesAsync()
    {
        await using var db = _database.Open();
        return await db.AuditEntries.ToListAsync();
    }

    private static long[] Prices(string? json) =>
        JsonDocument.Parse(json ?? "null").RootElement.GetProperty("bands").EnumerateArray().Select(band => band.GetProperty("price_cents").GetInt64()).ToArray();

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _database.Dispose();
    }

    public sealed class OnSqlite() : AuditTrailTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : AuditTrailTests(DatabaseProvider.PostgreSql);
}
