using CarPulse.Domain.Orders;
using CarPulse.Domain.Orders.Handoffs;
using CarPulse.Domain.Persistence;
using CarPulse.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CarPulse.Tests.Domain.Orders.Handoffs;

public abstract class HandoffServiceTests(DatabaseProvider provider) : IDisposable
{
    private static readonly DateTimeOffset Start = OrderSessionBuilder.Now;
    private readonly TestDatabase _database = new(provider);
    private readonly FakeTimeProvider _clock = new(Start);

    [Fact]
    public async Task A_new_link_opens_its_order()
    {
        var session = await SeedAsync(new OrderSessionBuilder().Build(Start));

        var handoff = await CreateAsync(session.Id);
        var redemption = await RedeemAsync(handoff.Token);

        Assert.Equal(new HandoffRedemption.Opened(session.Id), redemption);
        Assert.True(HandoffToken.IsWellFormed(handoff.Token));
        Assert.NotEqual(session.Id, handoff.Token);
    }

    [Fact]
    public async Task A_link_lives_ten_minutes_from_its_creation()
    {
        var session = await SeedAsync(new OrderSessionBuilder().Build(Start));
        _clock.Advance(TimeSpan.FromMinutes(3));

        var handoff = await CreateAsync(session.Id);

        Assert.Equal(Start.AddMinutes(3), handoff.CreatedAt);
        Assert.Equal(Start.AddMinutes(13), handoff.ExpiresAt);
    }

    [Fact]
    public async Task A_link_can_be_opened_again_until_just_before_ten_minutes()
    {
        var session = await SeedAsync(new OrderSessionBuilder().Build(Start));
        var handoff = await CreateAsync(session.Id);

        var first = await RedeemAsync(handoff.Token);
        _clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        var reload = await RedeemAsync(handoff.Token);

        Assert.Equal(new HandoffRedemption.Opened(session.Id), first);
        Assert.Equal(new HandoffRedemption.Opened(session.Id), reload);
    }

    [Fact]
    public async Task A_link_is_expired_at_ten_minutes()
    {
        var session = await SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.Paid).Build(Start));
        var handoff = await CreateAsync(session.Id);

        _clock.Advance(TimeSpan.FromMinutes(10));

        Assert.IsType<HandoffRedemption.Expired>(await RedeemAsync(handoff.Token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    public async Task A_token_that_was_never_issued_is_unknown(string? token)
    {
        await SeedAsync(new OrderSessionBuilder().Build(Start));

        Assert.IsType<HandoffRedemption.Unknown>(await RedeemAsync(token));
    }

    [Fact]
    public async Task A_link_whose_unpaid_order_expired_meanwhile_is_expired()
    {
        var session = await SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build(Start));
        _clock.Advance(TimeSpan.FromMinutes(25));
        var handoff = await CreateAsync(session.Id);

        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.True(handoff.ExpiresAt > _clock.GetUtcNow(), "the link itself is still within its ten minutes");
        Assert.IsType<HandoffRedemption.Expired>(await RedeemAsync(handoff.Token));
    }

    [Fact]
    public async Task A_paid_order_past_the_unpaid_time_to_live_still_gets_a_working_link()
    {
        var session = await SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.Complete).Build(Start));
        _clock.Advance(TimeSpan.FromHours(2));

        var handoff = await CreateAsync(session.Id);

        Assert.Equal(new HandoffRedemption.Opened(session.Id), await RedeemAsync(handoff.Token));
    }

    [Fact]
    public async Task No_link_is_made_for_an_unknown_order()
    {
        await Assert.ThrowsAsync<OrderNotFound>(() => CreateAsync(CarPulse.Domain.Orders.SessionId.New()));
    }

    [Fact]
    public async Task No_link_is_made_for_an_expired_order()
    {
        var session = await SeedAsync(new OrderSessionBuilder().Build(Start));
        _clock.Advance(OrderOptions.DefaultSessionLifetime);

        await Assert.ThrowsAsync<OrderGone>(() => CreateAsync(session.Id));
    }

    public void Dispose() => _database.Dispose();

    private async Task<OrderSession> SeedAsync(OrderSession session)
    {
        await using var db = _database.Open();
        db.OrderSessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }

    private async Task<HandoffToken> CreateAsync(string sessionId)
    {
        await using var db = _database.Open();
        return await Service(db).CreateAsync(sessionId, CancellationToken.None);
    }

    private async Task<HandoffRedemption> RedeemAsync(string? token)
    {
        await using var db = _database.Open();
        return await Service(db).RedeemAsync(token, CancellationToken.None);
    }

    private HandoffService Service(CarPulseDb db) => new(db, new OrderSessionStore(db, _clock, Options.Create(new OrderOptions())), _clock);

    public sealed class OnSqlite() : HandoffServiceTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : HandoffServiceTests(DatabaseProvider.PostgreSql);
}
