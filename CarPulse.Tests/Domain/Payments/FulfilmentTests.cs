using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Pricing;
using CarPulse.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CarPulse.Tests.Domain.Payments;

public abstract class FulfilmentTests(DatabaseProvider provider) : IDisposable
{
    private const string Checkout = "pay_open_checkout";
    private readonly TestDatabase _database = new(provider);
    private readonly FakeTimeProvider _clock = new(OrderSessionBuilder.Now.AddMinutes(5));

    [Fact]
    public async Task A_verified_payment_marks_the_order_paid_and_records_the_payment()
    {
        var session = await SeedAsync(Quoted());

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
        var session = await SeedAsync(Quoted());

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
        var session = await SeedAsync(Quoted());

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
        var session = await SeedAsync(Quoted());

        var outcome = await FulfilAsync(Verified(session, "cs_1", amount) with { Currency = currency });

        Assert.Equal(FulfilmentOutcome.FlaggedForReview, outcome);
        await using var db = _database.Open();
        Assert.Equal(OrderStatus.VehiclesSelected, (await db.OrderSessions.SingleAsync()).Status);
        Assert.Equal(PaymentStatus.FlaggedForReview, (await db.Payments.SingleAsync()).Status);
    }

    [Fact]
    public async Task A_second_payment_for_a_paid_order_is_refunded_not_fulfilled_again()
    {
        var session = await SeedAsync(Quoted());
        await FulfilAsync(Verified(session, "cs_1", 2999));

        var second = await FulfilAsync(Verified(session, "cs_2", 2999));

        Assert.Equal(FulfilmentOutcome.Refunding, second);
        await using var db = _database.Open();
        Assert.Equal([PaymentStatus.Succeeded, PaymentStatus.RefundPending], (await db.Payments.Select(p => p.Status).ToListAsync()).Order());
        Assert.Equal(1, await db.ReportJobs.CountAsync());
    }

    [Fact]
    public async Task A_payment_for_a_checkout_closed_when_the_order_changed_is_refunded_and_the_new_order_stays_unpaid()
    {
        var session = Quoted();
        var frozen = session.Terms ?? throw new InvalidOperationException();
        session.CheckoutClosed(Checkout);
        session.Select([session.Vehicles[0].Id], PackageName.Expert, OrderSessionBuilder.Now);
        await SeedAsync(session);

        var outcome = await FulfilAsync(Verified(session, "cs_old", 2999), frozen);

        Assert.Equal(FulfilmentOutcome.Refunding, outcome);
        await using var db = _database.Open();
        var stored = await db.OrderSessions.SingleAsync();
        Assert.Equal((OrderStatus.VehiclesSelected, PackageName.Expert), (stored.Status, stored.Package));
        Assert.Equal(PaymentStatus.RefundPending, (await db.Payments.SingleAsync()).Status);
        Assert.Equal(0, await db.ReportJobs.CountAsync());
    }

    [Fact]
    public async Task A_payment_racing_a_change_of_the_order_either_pays_the_frozen_terms_or_is_refunded_never_a_mix()
    {
        for (var round = 0; round < 25; round++)
        {
            var session = await SeedAsync(Quoted(vehicles: 3, selected: 1, PackageName.Basic));
            var frozen = session.Terms ?? throw new InvalidOperationException();

            var pay = Task.Run(() => FulfilAsync(Verified(session, $"cs_{round}", 999), frozen));
            var change = Task.Run(async () =>
            {
                await using var db = _database.Open();
                var changed = await db.OrderSessions.SingleAsync(s => s.Id == session.Id);
                try
                {
                    changed.CheckoutClosed(Checkout);
                    changed.Select([.. changed.Vehicles.Select(v => v.Id)], PackageName.Expert, OrderSessionBuilder.Now);
                    await db.SaveChangesAsync();
                }
                catch (Exception lost) when (lost is OrderConflict or DbUpdateConcurrencyException)
                {
                    // The payment came first: the order is paid and keeps its terms.
                }
            });
            await Task.WhenAll(pay, change);

            await using var check = _database.Open();
            var stored = await check.OrderSessions.SingleAsync(s => s.Id == session.Id);
            var payment = await check.Payments.SingleAsync(p => p.OrderSessionId == session.Id);
            if (stored.Status == OrderStatus.Paid)
            {
                Assert.Equal((PaymentStatus.Succeeded, PackageName.Basic, 1, 999L), (payment.Status, stored.Package, stored.SelectedVehicleIds.Count, stored.Quote?.TotalCents));
            }
            else
            {
                Assert.Equal((PaymentStatus.RefundPending, PackageName.Expert, 3), (payment.Status, stored.Package, stored.SelectedVehicleIds.Count));
            }
        }
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
            outcome = await new ZeroTotalPayment(NewFulfilment(db)).PayAsync(session, session.Terms ?? throw new InvalidOperationException(), customerEmail: null, CancellationToken.None);
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
        var session = await SeedAsync(Quoted());

        await using var db = _database.Open();
        await Assert.ThrowsAsync<OrderConflict>(() => new ZeroTotalPayment(NewFulfilment(db)).PayAsync(session, OrderSessionBuilder.TermsOf(session), customerEmail: null, CancellationToken.None));
        Assert.Equal(0, await db.Payments.CountAsync());
    }

    public void Dispose() => _database.Dispose();

    private static VerifiedPayment Verified(OrderSession session, string paymentId, long amount) =>
        new(PaymentProvider.Demo, paymentId, session.Id, session.Reference, amount, "EUR", "card", null);

    private Fulfilment NewFulfilment(CarPulse.Domain.Persistence.CarPulseDb db) =>
        new(db, TestMail.For(db, _clock), TestFunnel.Recorder(_database, _clock), _clock, NullLogger<Fulfilment>.Instance);

    /// <summary>A quoted order with its checkout open, as a customer on the provider's page has it.</summary>
    private static OrderSession Quoted(int vehicles = 2, int? selected = null, PackageName package = PackageName.Pro)
    {
        var session = new OrderSessionBuilder().WithVehicles(vehicles).Build();
        var ids = session.Vehicles.Take(selected ?? vehicles).Select(v => v.Id).ToList();
        session.Select(ids, package, OrderSessionBuilder.Now);
        session.ApplyQuote(QuoteCalculator.Calculate(TierTable.Default, package, ids.Count, null, OrderSessionBuilder.Now, VatRate.Finland), OrderSessionBuilder.Now);
        session.OpenCheckout(Checkout, OrderSessionBuilder.Now.AddMinutes(30), OrderSessionBuilder.Now);
        return session;
    }

    /// <summary>Fulfils the payment of the open checkout, for the terms it froze (the order's current ones unless given).</summary>
    private async Task<FulfilmentOutcome> FulfilAsync(VerifiedPayment verified, CheckoutTerms? frozen = null)
    {
        await using var db = _database.Open();
        var terms = frozen ?? (await db.OrderSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == verified.OrderSessionId))?.Terms ?? OrderSessionBuilder.TermsOf(new OrderSessionBuilder().Build());
        return await NewFulfilment(db).FulfilAsync(verified, terms, Checkout, CancellationToken.None);
    }

    private async Task<OrderSession> SeedAsync(OrderSession session)
    {
        await using var db = _database.Open();
        db.OrderSessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }

    public sealed class OnSqlite() : FulfilmentTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : FulfilmentTests(DatabaseProvider.PostgreSql);
}
