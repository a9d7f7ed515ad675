using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Pricing;
using CarPulse.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CarPulse.Tests.Domain.Payments;

public sealed class FulfilmentTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(OrderSessionBuilder.Now.AddMinutes(5));

    [Fact]
    public async Task A_verified_payment_marks_the_order_paid_and_records_the_payment()
    {
        var session = await SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build());

        var outcome = await FulfilAsync(Verified(session, "cs_1", 2999));

        Assert.Equal(FulfilmentOutcome.Fulfilled, outcome);
        await using var db = _database.Open();
        Assert.Equal(OrderStatus.Paid, (await db.OrderSessions.SingleAsync()).Status);
        var payment = await db.Payments.SingleAsync();
        Assert.Equal((PaymentStatus.Succeeded, 2999L, "EUR"), (payment.Status, payment.AmountCents, payment.Currency));
    }

    [Fact]
    public async Task The_same_payment_ten_times_is_fulfilled_once()
    {
        var session = await SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build());

        var outcomes = new List<FulfilmentOutcome>();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            outcomes.Add(await FulfilAsync(Verified(session, "cs_1", 2999)));
        }

        Assert.Equal([FulfilmentOutcome.Fulfilled, .. Enumerable.Repeat(FulfilmentOutcome.AlreadyFulfilled, 9)], outcomes);
        await using var db = _database.Open();
        Assert.Equal(1, await db.Payments.CountAsync());
    }

    [Fact]
    public async Task Racing_calls_for_the_same_payment_fulfil_it_exactly_once()
    {
        var session = await SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build());

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => FulfilAsync(Verified(session, "cs_race", 2999)))));

        Assert.Single(outcomes, outcome => outcome == FulfilmentOutcome.Fulfilled);
        Assert.All(outcomes, outcome => Assert.NotEqual(FulfilmentOutcome.FlaggedForReview, outcome));
        await using var db = _database.Open();
        Assert.Equal(1, await db.Payments.CountAsync());
        Assert.Equal(OrderStatus.Paid, (await db.OrderSessions.SingleAsync()).Status);
    }

    [Theory]
    [InlineData(2998, "EUR")]
    [InlineData(2999, "SEK")]
    public async Task A_payment_that_differs_from_the_quote_is_flagged_and_the_order_stays_unpaid(long amount, string currency)
    {
        var session = await SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build());

        var outcome = await FulfilAsync(Verified(session, "cs_1", amount) with { Currency = currency });

        Assert.Equal(FulfilmentOutcome.FlaggedForReview, outcome);
        await using var db = _database.Open();
        Assert.Equal(OrderStatus.VehiclesSelected, (await db.OrderSessions.SingleAsync()).Status);
        Assert.Equal(PaymentStatus.FlaggedForReview, (await db.Payments.SingleAsync()).Status);
    }

    [Fact]
    public async Task A_second_different_payment_for_a_paid_order_is_flagged_not_fulfilled_again()
    {
        var session = await SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build());
        await FulfilAsync(Verified(session, "cs_1", 2999));

        var second = await FulfilAsync(Verified(session, "cs_2", 2999));

        Assert.Equal(FulfilmentOutcome.FlaggedForReview, second);
        await using var db = _database.Open();
        Assert.Equal([PaymentStatus.Succeeded, PaymentStatus.FlaggedForReview], (await db.Payments.Select(p => p.Status).ToListAsync()).Order());
    }

    [Fact]
    public async Task A_payment_for_an_unknown_order_is_refused()
    {
        var verified = new VerifiedPayment(PaymentProvider.Demo, "cs_x", SessionId.New(), "CP-UNKNOWN1", 999, "EUR", "card", null);

        await Assert.ThrowsAsync<OrderNotFound>(() => FulfilAsync(verified));
    }

    [Fact]
    public async Task A_free_voucher_order_is_paid_without_a_provider_and_the_redemption_is_counted()
    {
        var pilot = Voucher.Create("PILOT2026", VoucherType.Free, 100, "Test pilot", true, null, null, null);
        var session = new OrderSessionBuilder().Build();
        session.Select([session.Vehicles[0].Id], PackageName.Expert, OrderSessionBuilder.Now);
        session.ApplyQuote(QuoteCalculator.Calculate(TierTable.Default, PackageName.Expert, 1, pilot, OrderSessionBuilder.Now, VatRate.Finland), OrderSessionBuilder.Now);
        await using (var db = _database.Open())
        {
            db.Vouchers.Add(pilot);
            db.OrderSessions.Add(session);
            await db.SaveChangesAsync();
        }

        FulfilmentOutcome outcome;
        await using (var db = _database.Open())
        {
            outcome = await new ZeroTotalPayment(new OrderSessionStore(db, _clock), NewFulfilment(db)).PayAsync(session.Id, CancellationToken.None);
        }

        Assert.Equal(FulfilmentOutcome.Fulfilled, outcome);
        await using var check = _database.Open();
        Assert.Equal(OrderStatus.Paid, (await check.OrderSessions.SingleAsync()).Status);
        Assert.Equal(PaymentProvider.None, (await check.Payments.SingleAsync()).Provider);
        Assert.Equal(1, (await check.Vouchers.SingleAsync()).RedemptionCount);
    }

    [Fact]
    public async Task Skipping_payment_for_an_order_that_costs_money_is_a_conflict()
    {
        var session = await SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build());

        await using var db = _database.Open();
        await Assert.ThrowsAsync<OrderConflict>(() => new ZeroTotalPayment(new OrderSessionStore(db, _clock), NewFulfilment(db)).PayAsync(session.Id, CancellationToken.None));
        Assert.Equal(0, await db.Payments.CountAsync());
    }

    public void Dispose() => _database.Dispose();

    private static VerifiedPayment Verified(OrderSession session, string paymentId, long amount) =>
        new(PaymentProvider.Demo, paymentId, session.Id, session.Reference, amount, "EUR", "card", null);

    private Fulfilment NewFulfilment(CarPulse.Domain.Persistence.CarPulseDb db) => new(db, TestFunnel.Recorder(_database, _clock), _clock, NullLogger<Fulfilment>.Instance);

    private async Task<FulfilmentOutcome> FulfilAsync(VerifiedPayment verified)
    {
        await using var db = _database.Open();
        return await NewFulfilment(db).FulfilAsync(verified, CancellationToken.None);
    }

    private async Task<OrderSession> SeedAsync(OrderSession session)
    {
        await using var db = _database.Open();
        db.OrderSessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }
}
