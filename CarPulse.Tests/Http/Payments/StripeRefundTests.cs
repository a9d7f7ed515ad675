using System.Net;
using CarPulse.Domain.Admin;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Stripe;

namespace CarPulse.Tests.Http.Payments;

/// <summary>Money that arrives for a checkout that no longer stands for its order goes back through Stripe, once.</summary>
public sealed class StripeRefundTests : IAsyncLifetime
{
    private StripeCheckoutHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await StripeCheckoutHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_payment_that_still_arrives_for_a_checkout_closed_by_a_change_is_refunded_in_full_and_the_order_stays_as_changed()
    {
        var (session, closed) = await PaidAfterItWasClosedAsync();

        var delivered = await _harness.DeliverAsync(EventTypes.CheckoutSessionCompleted, closed);

        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        Assert.Equal(OrderStatus.VehiclesSelected, (await _harness.StoredAsync(session)).Status);
        var payment = Assert.Single(await _harness.PaymentsAsync());
        Assert.Equal((PaymentStatus.Refunded, 2999L), (payment.Status, payment.AmountCents));
        var refund = Assert.Single(_harness.Stripe.Refunds.Values);
        Assert.Equal(("pi_" + closed["cs_test_".Length..], 2999L), (refund.PaymentIntent, refund.Amount));
        Assert.Equal(AttemptStatus.Refunded, (await _harness.AttemptsAsync())[0].Status);
    }

    [Fact]
    public async Task A_second_payment_for_a_paid_order_is_refunded_and_the_customer_is_told()
    {
        var session = await _harness.SeedQuotedAsync();
        var first = await _harness.StartCheckoutAsync(session);
        var second = await _harness.StartCheckoutAsync(session);
        _harness.Stripe.Pay(second);
        await _harness.DeliverAsync(EventTypes.CheckoutSessionCompleted, second);
        _harness.Stripe.Pay(first);

        var back = await _harness.Client.GetAsync($"/payments/stripe/return?session_id={first}");

        Assert.Equal($"/order/{session.Id}?payment=refunded", back.Headers.Location?.ToString());
        Assert.Equal(OrderStatus.Paid, (await _harness.StoredAsync(session)).Status);
        Assert.Equal([PaymentStatus.Succeeded, PaymentStatus.Refunded], (await _harness.PaymentsAsync()).Select(p => p.Status).Order());
        Assert.Single(_harness.Stripe.Refunds);
    }

    [Fact]
    public async Task The_same_late_payment_delivered_ten_times_at_once_is_refunded_once()
    {
        var (session, closed) = await PaidAfterItWasClosedAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => i % 2 == 0
            ? _harness.DeliverAsync(EventTypes.CheckoutSessionCompleted, closed)
            : _harness.Client.GetAsync($"/payments/stripe/return?session_id={closed}")));

        Assert.All(answers, answer => Assert.True((int)answer.StatusCode < 500));
        Assert.Equal(PaymentStatus.Refunded, Assert.Single(await _harness.PaymentsAsync()).Status);
        Assert.Single(_harness.Stripe.Refunds);
    }

    [Fact]
    public async Task A_refund_stripe_cannot_take_now_stays_due_the_webhook_is_retried_and_the_next_delivery_refunds()
    {
        var (session, closed) = await PaidAfterItWasClosedAsync();
        var (json, signature) = _harness.Stripe.SignedEvent(EventTypes.CheckoutSessionCompleted, closed);

        _harness.Stripe.RefundsDown = true;
        var failed = await _harness.DeliverAsync((json, signature));
        var due = Assert.Single(await _harness.PaymentsAsync()).Status;
        _harness.Stripe.RefundsDown = false;
        var retried = await _harness.DeliverAsync((json, signature));

        Assert.Equal((HttpStatusCode.ServiceUnavailable, PaymentStatus.RefundPending), (failed.StatusCode, due));
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(PaymentStatus.Refunded, Assert.Single(await _harness.PaymentsAsync()).Status);
        Assert.Single(_harness.Stripe.Refunds);
    }

    [Fact]
    public async Task Admins_find_an_unpaid_order_that_received_a_refunded_payment()
    {
        var (session, closed) = await PaidAfterItWasClosedAsync();
        await _harness.DeliverAsync(EventTypes.CheckoutSessionCompleted, closed);

        await using var scope = _harness.App.Services.CreateAsyncScope();
        var found = await scope.ServiceProvider.GetRequiredService<OrderAdministration>().SearchAsync(AdminServices.Admin, session.Reference, null, CancellationToken.None);

        var order = Assert.Single(found);
        Assert.Equal((OrderStatus.VehiclesSelected, 1), (order.Status, order.Refunds));
    }

    /// <summary>A checkout that a newer one closed, paid anyway on Stripe's page (say our expiry never reached Stripe).</summary>
    private async Task<(OrderSession Session, string Closed)> PaidAfterItWasClosedAsync()
    {
        var session = await _harness.SeedQuotedAsync();
        var closed = await _harness.StartCheckoutAsync(session);
        await _harness.StartCheckoutAsync(session);
        _harness.Stripe.Pay(closed);
        return (session, closed);
    }
}
