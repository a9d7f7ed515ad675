using CarPulse.Domain.Orders;
using CarPulse.Domain.Pricing;
using CarPulse.Tests.Support;

namespace CarPulse.Tests.Domain.Orders;

public sealed class OrderSessionPaymentTests
{
    private static readonly DateTimeOffset Now = OrderSessionBuilder.Now;

    [Fact]
    public void Every_order_gets_a_short_public_reference_unlike_its_secret_id()
    {
        var references = Enumerable.Range(0, 200).Select(_ => new OrderSessionBuilder().Build().Reference).ToList();

        Assert.All(references, reference => Assert.Matches("^CP-[0-9A-HJKMNP-TV-Z]{8}$", reference));
        Assert.Equal(references.Count, references.Distinct().Count());
    }

    [Fact]
    public void A_checkout_keeps_the_session_alive_past_its_own_expiry()
    {
        var session = new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build();
        var late = Now.AddMinutes(29);

        session.HoldForCheckout(late.AddMinutes(30), late);

        Assert.False(session.IsExpired(late.AddMinutes(34)));
        Assert.True(session.IsExpired(late.AddMinutes(35)));
    }

    [Fact]
    public void A_checkout_never_shortens_the_session()
    {
        var session = new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build();
        var before = session.ExpiresAt;

        session.HoldForCheckout(Now.AddMinutes(1), Now);

        Assert.Equal(before, session.ExpiresAt);
    }

    [Fact]
    public void A_checkout_needs_a_quote()
    {
        var session = new OrderSessionBuilder().Build();

        Assert.Equal(OrderStatus.Connected, Assert.Throws<OrderConflict>(() => session.HoldForCheckout(Now.AddMinutes(30), Now)).CurrentStatus);
    }

    [Fact]
    public void While_a_delayed_payment_processes_the_selection_and_quote_are_frozen()
    {
        var session = new OrderSessionBuilder().WithVehicles(2).InStatus(OrderStatus.VehiclesSelected).Build();
        var quote = QuoteCalculator.Calculate(TierTable.Default, PackageName.Basic, 1, null, Now, VatRate.Finland);

        session.AwaitDelayedPayment(Now.AddDays(7), Now);

        Assert.Throws<OrderConflict>(() => session.Select([session.Vehicles[0].Id], PackageName.Basic, Now));
        Assert.Throws<OrderConflict>(() => session.ClearSelection(Now));
        Assert.Throws<OrderConflict>(() => session.ApplyQuote(quote, Now));
        Assert.False(session.IsExpired(Now.AddDays(6)));
    }

    [Fact]
    public void A_failed_delayed_payment_frees_the_order_and_gives_the_customer_time_to_pay_again()
    {
        var session = new OrderSessionBuilder().WithVehicles(2).InStatus(OrderStatus.VehiclesSelected).Build();
        session.AwaitDelayedPayment(Now.AddDays(7), Now);
        var failedAt = Now.AddDays(3);

        session.DelayedPaymentFailed(failedAt);

        Assert.False(session.PaymentProcessing);
        session.Select([session.Vehicles[0].Id], PackageName.Basic, failedAt.AddMinutes(29));
    }

    [Fact]
    public void A_delayed_payment_that_succeeds_marks_the_order_paid_and_ends_the_wait()
    {
        var session = new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build();
        session.AwaitDelayedPayment(Now.AddDays(7), Now);

        session.MarkPaid(session.Quote?.TotalCents ?? 0, "EUR", Now.AddDays(2));

        Assert.Equal((OrderStatus.Paid, false), (session.Status, session.PaymentProcessing));
    }
}
