using System.Text;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using CarPulse.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarPulse.Tests.Persistence;

public abstract class TokenStorageTests(DatabaseProvider provider)
{
    [Fact]
    public async Task The_raw_database_file_does_not_contain_the_token_text()
    {
        using var database = new TestDatabase(provider);
        var session = new OrderSessionBuilder().Build();
        await using (var db = database.Open())
        {
            db.OrderSessions.Add(session);
            await db.SaveChangesAsync();
        }

        var raw = database.RawBytes();

        Assert.True(raw.Length > 0);
        foreach (var secret in new[] { OrderSessionBuilder.AccessToken, OrderSessionBuilder.RefreshToken, "access-signature", "refresh-token-value" })
        {
            Assert.False(Contains(raw, Encoding.UTF8.GetBytes(secret)), $"'{secret}' is readable in the database file");
            Assert.False(Contains(raw, Encoding.Unicode.GetBytes(secret)), $"'{secret}' is readable (UTF-16) in the database file");
        }

        Assert.True(Contains(raw, Encoding.UTF8.GetBytes(session.Id)), "the session row itself was not written");
    }

    [Fact]
    public async Task Tokens_vehicles_and_selection_come_back_as_saved()
    {
        using var database = new TestDatabase(provider);
        var session = new OrderSessionBuilder().WithVehicles(3).InStatus(OrderStatus.VehiclesSelected).Build();
        await using (var db = database.Open())
        {
            db.OrderSessions.Add(session);
            await db.SaveChangesAsync();
        }

        await using var reread = database.Open();
        var loaded = await reread.OrderSessions.SingleAsync(s => s.Id == session.Id);

        Assert.Equal(session.Tokens, loaded.Tokens);
        Assert.Equal(session.Vehicles, loaded.Vehicles);
        Assert.Equal(session.SelectedVehicleIds, loaded.SelectedVehicleIds);
        Assert.Equal(session.Quote, loaded.Quote);
        Assert.Equal(session.ExpiresAt, loaded.ExpiresAt);
        Assert.Equal(OrderStatus.VehiclesSelected, loaded.Status);
    }

    [Fact]
    public async Task A_completed_session_keeps_no_tokens_in_the_database()
    {
        using var database = new TestDatabase(provider);
        var session = new OrderSessionBuilder().InStatus(OrderStatus.Complete).Build();
        await using (var db = database.Open())
        {
            db.OrderSessions.Add(session);
            await db.SaveChangesAsync();
        }

        await using var reread = database.Open();
        var stored = await reread.Database.SqlQuery<string?>($"SELECT \"TeslaTokens\" AS \"Value\" FROM \"OrderSessions\"").SingleAsync();

        Assert.Null(stored);
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    public sealed class OnSqlite() : TokenStorageTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : TokenStorageTests(DatabaseProvider.PostgreSql);
}
