using CarPulse.Domain.Orders;
using CarPulse.Domain.Pricing;
using CarPulse.Tests.Support;

namespace CarPulse.Tests.Domain.Orders;

public sealed class OrderSessionPaymentTests
{
    private static readonly DateTimeOffset Now = OrderSessionBuilder.Now;
    private const string Checkout = "pay_checkout_1";

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

        session.OpenCheckout(Checkout, late.AddMinutes(30), late);

        Assert.False(session.IsExpired(late.AddMinutes(34)));
        Assert.True(session.IsExpired(late.AddMinutes(35)));
    }

    [Fact]
    public void A_checkout_never_shortens_the_session()
    {
        var session = new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build();
        var before = session.ExpiresAt;

        session.OpenCheckout(Checkout, Now.AddMinutes(1), Now);

        Assert.Equal(before, session.ExpiresAt);
    }

    [Fact]
    public void A_checkout_needs_a_quote()
    {
        var session = new OrderSessionBuilder().Build();

        Assert.Equal(OrderStatus.Connected, Assert.Throws<OrderConflict>(() => session.OpenCheckout(Checkout, Now.AddMinutes(30), Now)).CurrentStatus);
    }

    [Fact]
    public void An_open_checkout_freezes_the_selection_and_the_quote_until_it_is_closed()
    {
        var session = new OrderSessionBuilder().WithVehicles(2).InStatus(OrderStatus.VehiclesSelected).Build();
        var cheaper = QuoteCalculator.Calculate(TierTable.Default, PackageName.Pro, 2, Voucher.Create("LAUNCH10", VoucherType.Percentage, 10, "Launch discount", true, null, null, null), Now, VatRate.Finland);
        session.OpenCheckout(Checkout, Now.AddMinutes(30), Now);

        Assert.Throws<CheckoutOpen>(() => session.Select([session.Vehicles[0].Id], PackageName.Basic, Now));
        Assert.Throws<CheckoutOpen>(() => session.ClearSelection(Now));
        Assert.Throws<CheckoutOpen>(() => session.ApplyQuote(cheaper, Now));
        Assert.Throws<CheckoutOpen>(() => session.OpenCheckout("pay_checkout_2", Now.AddMinutes(30), Now));
        session.CheckoutClosed(Checkout);
        session.ApplyQuote(cheaper, Now);

        Assert.Equal((null, 2699L), (session.OpenCheckoutId, session.Quote?.TotalCents));
    }

    [Fact]
    public void Asking_again_for_the_same_selection_or_quote_changes_nothing_and_keeps_the_checkout()
    {
        var session = new OrderSessionBuilder().WithVehicles(2).InStatus(OrderStatus.VehiclesSelected).Build();
        var same = QuoteCalculator.Calculate(TierTable.Default, PackageName.Pro, 2, null, Now, VatRate.Finland);
        session.OpenCheckout(Checkout, Now.AddMinutes(30), Now);
        var version = session.Version;

        session.Select([.. session.SelectedVehicleIds.Reverse()], PackageName.Pro, Now);
        session.ApplyQuote(same, Now);

        Assert.Equal((Checkout, version, 2999L), (session.OpenCheckoutId, session.Version, session.Quote?.TotalCents));
    }

    [Fact]
    public void Every_change_moves_the_version_that_guards_a_read_then_write()
    {
        var session = new OrderSessionBuilder().WithVehicles(2).Build();
        var versions = new List<long> { session.Version };

        session.Select([session.Vehicles[0].Id], PackageName.Basic, Now);
        versions.Add(session.Version);
        session.ApplyQuote(QuoteCalculator.Calculate(TierTable.Default, PackageName.Basic, 1, null, Now, VatRate.Finland), Now);
        versions.Add(session.Version);
        session.OpenCheckout(Checkout, Now.AddMinutes(30), Now);
        versions.Add(session.Version);
        session.MarkPaid(OrderSessionBuilder.TermsOf(session), Checkout, 999, "EUR", Now);
        versions.Add(session.Version);

        Assert.Equal(versions.Count, versions.Distinct().Count());
        Assert.Equal(versions.Order(), versions);
    }

    [Fact]
    public void Only_the_open_checkout_can_pay_the_order()
    {
        var session = new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build();
        var terms = OrderSessionBuilder.TermsOf(session);
        session.OpenCheckout(Checkout, Now.AddMinutes(30), Now);

        Assert.Throws<CheckoutSuperseded>(() => session.MarkPaid(terms, "pay_an_older_one", 2999, "EUR", Now));
        Assert.Throws<CheckoutSuperseded>(() => session.MarkPaid(terms, null, 2999, "EUR", Now));
        Assert.Equal(OrderStatus.VehiclesSelected, session.Status);
    }

    [Fact]
    public void A_checkout_pays_only_the_terms_it_was_opened_for()
    {
        var session = new OrderSessionBuilder().WithVehicles(2).InStatus(OrderStatus.VehiclesSelected).Build();
        var oneCar = new CheckoutTerms([session.Vehicles[0].Id], OrderQuote.From(QuoteCalculator.Calculate(TierTable.Default, PackageName.Basic, 1, null, Now, VatRate.Finland)));
        session.OpenCheckout(Checkout, Now.AddMinutes(30), Now);

        Assert.Throws<CheckoutSuperseded>(() => session.MarkPaid(oneCar, Checkout, 999, "EUR", Now));
        session.MarkPaid(OrderSessionBuilder.TermsOf(session), Checkout, 2999, "EUR", Now);

        Assert.Equal((OrderStatus.Paid, null), (session.Status, session.OpenCheckoutId));
    }

    [Fact]
    public void While_a_delayed_payment_processes_the_selection_and_quote_are_frozen()
    {
        var session = new OrderSessionBuilder().WithVehicles(2).InStatus(OrderStatus.VehiclesSelected).Build();
        var quote = QuoteCalculator.Calculate(TierTable.Default, PackageName.Basic, 1, null, Now, VatRate.Finland);
        session.OpenCheckout(Checkout, Now.AddMinutes(30), Now);

        session.AwaitDelayedPayment(Checkout, Now.AddDays(7), Now);

        Assert.Throws<OrderConflict>(() => session.Select([session.Vehicles[0].Id], PackageName.Basic, Now));
        Assert.Throws<OrderConflict>(() => session.ClearSelection(Now));
        Assert.Throws<OrderConflict>(() => session.ApplyQuote(quote, Now));
        Assert.False(session.IsExpired(Now.AddDays(6)));
    }

    [Fact]
    public void A_failed_delayed_payment_frees_the_order_and_gives_the_customer_time_to_pay_again()
    {
        var session = new OrderSessionBuilder().WithVehicles(2).InStatus(OrderStatus.VehiclesSelected).Build();
        session.OpenCheckout(Checkout, Now.AddMinutes(30), Now);
        session.AwaitDelayedPayment(Checkout, Now.AddDays(7), Now);
        var failedAt = Now.AddDays(3);

        session.DelayedPaymentFailed(Checkout, failedAt, OrderOptions.DefaultSessionLifetime);

        Assert.Equal((false, null), (session.PaymentProcessing, session.OpenCheckoutId));
        session.Select([session.Vehicles[0].Id], PackageName.Basic, failedAt.AddMinutes(29));
    }

    [Fact]
    public void A_delayed_payment_that_succeeds_marks_the_order_paid_and_ends_the_wait()
    {
        var session = new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build();
        session.OpenCheckout(Checkout, Now.AddMinutes(30), Now);
        session.AwaitDelayedPayment(Checkout, Now.AddDays(7), Now);

        session.MarkPaid(OrderSessionBuilder.TermsOf(session), Checkout, session.Quote?.TotalCents ?? 0, "EUR", Now.AddDays(2));

        Assert.Equal((OrderStatus.Paid, false), (session.Status, session.PaymentProcessing));
    }
}
