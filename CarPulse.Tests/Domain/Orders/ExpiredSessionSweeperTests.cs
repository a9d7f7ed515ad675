using CarPulse.Domain.Orders.Handoffs;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Persistence;
using CarPulse.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CarPulse.Tests.Domain.Orders;

public abstract class ExpiredSessionSweeperTests(DatabaseProvider provider) : IDisposable
{
    private static readonly DateTimeOffset Start = OrderSessionBuilder.Now;
    private readonly TestDatabase _database = new(provider);

    [Fact]
    public async Task Expired_unpaid_sessions_lose_their_tokens_at_once_and_paid_or_fresh_ones_keep_them()
    {
        var expiredConnected = new OrderSessionBuilder().Build(Start);
        var expiredSelected = new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build(Start);
        var paid = new OrderSessionBuilder().InStatus(OrderStatus.Paid).Build(Start);
        var fresh = new OrderSessionBuilder().Build(Start.AddMinutes(20));
        await SeedAsync(expiredConnected, expiredSelected, paid, fresh);

        var result = await SweepAtAsync(Start.AddMinutes(31));

        Assert.Equal(new SweepResult(TokensDeleted: 2, SessionsDeleted: 0), result);
        await using var db = _database.Open();
        var tokens = await db.OrderSessions.ToDictionaryAsync(s => s.Id, s => s.Tokens);
        Assert.Null(tokens[expiredConnected.Id]);
        Assert.Null(tokens[expiredSelected.Id]);
        Assert.NotNull(tokens[paid.Id]);
        Assert.NotNull(tokens[fresh.Id]);
    }

    [Fact]
    public async Task Expired_sessions_are_deleted_with_their_vehicles_after_the_retention()
    {
        var expired = new OrderSessionBuilder().Build(Start);
        var paid = new OrderSessionBuilder().InStatus(OrderStatus.Paid).Build(Start);
        await SeedAsync(expired, paid);

        var result = await SweepAtAsync(Start.AddMinutes(30) + TimeSpan.FromDays(1));

        Assert.Equal(1, result.SessionsDeleted);
        await using var db = _database.Open();
        Assert.Equal([paid.Id], await db.OrderSessions.Select(s => s.Id).ToListAsync());
        var vehicleRows = await db.Database.SqlQuery<int>($"SELECT CAST(COUNT(*) AS INTEGER) AS \"Value\" FROM \"OrderSessionVehicles\"").SingleAsync();
        Assert.Equal(paid.Vehicles.Count, vehicleRows);
    }

    [Fact]
    public async Task Expired_handoff_links_are_deleted_and_live_ones_stay()
    {
        var paid = new OrderSessionBuilder().InStatus(OrderStatus.Paid).Build(Start);
        await SeedAsync(paid);
        var expired = HandoffToken.Issue(paid.Id, Start);
        var live = HandoffToken.Issue(paid.Id, Start.AddMinutes(5));
        await SeedAsync(expired, live);

        await SweepAtAsync(Start + HandoffToken.Lifetime);

        await using var db = _database.Open();
        Assert.Equal([live.Token], await db.HandoffTokens.Select(h => h.Token).ToListAsync());
    }

    [Fact]
    public async Task Demo_checkouts_are_deleted_once_past_the_retention()
    {
        var demo = new DemoGateway(_database.Scopes(), new FakeTimeProvider(Start));
        foreach (var (key, expires) in new[] { ("old", Start.AddMinutes(30)), ("recent", Start.AddHours(20)) })
        {
            await demo.StartCheckoutAsync(
                new CheckoutRequest("pay_" + key, "CP-00000000", 1, key, 999, "EUR", "Basic", "en", new Uri("http://localhost/ok"), new Uri("http://localhost/back"), expires, [], false),
                CancellationToken.None);
        }

        await SweepAtAsync(Start.AddMinutes(30) + TimeSpan.FromDays(1));

        await using var check = _database.Open();
        Assert.Equal(["recent"], await check.DemoCheckouts.Select(c => c.IdempotencyKey).ToListAsync());
    }

    [Fact]
    public async Task A_session_deleted_after_the_retention_takes_its_handoff_links_with_it()
    {
        var expired = new OrderSessionBuilder().Build(Start);
        await SeedAsync(expired);
        await SeedAsync(HandoffToken.Issue(expired.Id, Start.AddMinutes(25)));

        var result = await SweepAtAsync(Start.AddMinutes(30) + TimeSpan.FromDays(1));

        Assert.Equal(1, result.SessionsDeleted);
        await using var db = _database.Open();
        Assert.Empty(await db.HandoffTokens.ToListAsync());
    }

    public void Dispose() => _database.Dispose();

    private async Task SeedAsync(params HandoffToken[] handoffs)
    {
        await using var db = _database.Open();
        db.HandoffTokens.AddRange(handoffs);
        await db.SaveChangesAsync();
    }

    private async Task SeedAsync(params CarPulse.Domain.Orders.OrderSession[] sessions)
    {
        await using var db = _database.Open();
        db.OrderSessions.AddRange(sessions);
        await db.SaveChangesAsync();
    }

    private async Task<SweepResult> SweepAtAsync(DateTimeOffset now)
    {
        await using var db = _database.Open();
        return await new ExpiredSessionSweeper(db, new FakeTimeProvider(now), Options.Create(new OrderOptions())).SweepAsync(CancellationToken.None);
    }

    public sealed class OnSqlite() : ExpiredSessionSweeperTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : ExpiredSessionSweeperTests(DatabaseProvider.PostgreSql);
}
