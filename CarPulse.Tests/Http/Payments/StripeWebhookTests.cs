using System.Net;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Stripe;

namespace CarPulse.Tests.Http.Payments;

/// <summary>Stripe's webhook and return page: verified, re-read from Stripe, fulfilled exactly once.</summary>
public sealed class StripeWebhookTests : IAsyncLifetime
{
    private StripeCheckoutHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await StripeCheckoutHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_completed_checkout_pays_the_order_and_records_the_method_and_email()
    {
        var session = await _harness.SeedQuotedAsync();
        var checkout = await _harness.StartCheckoutAsync(session);
        _harness.Stripe.Pay(checkout, wallet: "apple_pay");

        var response = await _harness.DeliverAsync(EventTypes.CheckoutSessionCompleted, checkout);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OrderStatus.Paid, (await _harness.StoredAsync(session)).Status);
        var payment = Assert.Single(await _harness.PaymentsAsync());
        Assert.Equal((PaymentProvider.Stripe, checkout, 2999L, "EUR", "apple_pay", "driver@example.com"),
            (payment.Provider, payment.ProviderPaymentId, payment.AmountCents, payment.Currency, payment.Method, payment.CustomerEmail));
        Assert.Equal(AttemptStatus.Succeeded, Assert.Single(await _harness.AttemptsAsync()).Status);
    }

    [Fact]
    public async Task The_event_body_is_only_a_hint_an_unpaid_checkout_is_not_fulfilled_whatever_the_event_says()
    {
        var session = await _harness.SeedQuotedAsync();
        var checkout = await _harness.StartCheckoutAsync(session);

        var response = await _harness.DeliverAsync(EventTypes.CheckoutSessionCompleted, checkout);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OrderStatus.VehiclesSelected, (await _harness.StoredAsync(session)).Status);
        Assert.Empty(await _harness.PaymentsAsync());
    }

    public static TheoryData<string> BadDeliveries => ["bad signature", "stale timestamp", "tampered body", "wrong secret", "no signature"];

    [Theory]
    [MemberData(nameof(BadDeliveries))]
    public async Task An_event_that_does_not_verify_is_refused_with_400_and_changes_nothing(string fault)
    {
        var session = await _harness.SeedQuotedAsync();
        var checkout = await _harness.StartCheckoutAsync(session);
        _harness.Stripe.Pay(checkout);
        var (json, signature) = _harness.Stripe.SignedEvent(EventTypes.CheckoutSessionCompleted, checkout);
        var delivery = fault switch
        {
            "bad signature" => (json, signature[..^4] + "beef"),
            "stale timestamp" => _harness.Stripe.SignedEvent(EventTypes.CheckoutSessionCompleted, checkout, signedAt: DateTimeOffset.UtcNow.AddSeconds(-301)),
            "tampered body" => (json.Replace("\"livemode\":false", "\"livemode\":true", StringComparison.Ordinal), signature),
            "wrong secret" => _harness.Stripe.SignedEvent(EventTypes.CheckoutSessionCompleted, checkout, secret: "whsec_someone_else"),
            _ => (json, string.Empty),
        };

        var response = await _harness.DeliverAsync(delivery);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(OrderStatus.VehiclesSelected, (await _harness.StoredAsync(session)).Status);
        Assert.Empty(await _harness.PaymentsAsync());
    }

    [Fact]
    public async Task Malformed_json_with_a_valid_signature_is_a_400_not_a_500()
    {
        var signed = SignRaw("{\"id\": \"evt_1\", \"object\": ");

        var response = await _harness.DeliverAsync(signed);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_same_event_ten_times_pays_the_order_once()
    {
        var session = await _harness.SeedQuotedAsync();
        var checkout = await _harness.StartCheckoutAsync(session);
        _harness.Stripe.Pay(checkout);
        var signed = _harness.Stripe.SignedEvent(EventTypes.CheckoutSessionCompleted, checkout);

        for (var delivery = 0; delivery < 10; delivery++)
        {
            Assert.Equal(HttpStatusCode.OK, (await _harness.DeliverAsync(signed)).StatusCode);
        }

        Assert.Single(await _harness.PaymentsAsync());
        Assert.Equal(OrderStatus.Paid, (await _harness.StoredAsync(session)).Status);
    }

    [Fact]
    public async Task Webhooks_and_return_pages_racing_pay_the_order_exactly_once()
    {
        var session = await _harness.SeedQuotedAsync();
        var checkout = await _harness.StartCheckoutAsync(session);
        _harness.Stripe.Pay(checkout);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => i % 2 == 0
            ? _harness.DeliverAsync(EventTypes.CheckoutSessionCompleted, checkout)
            : _harness.Client.GetAsync($"/payments/stripe/return?session_id={checkout}"))));

        Assert.All(responses, response => Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, response.StatusCode.ToString()));
        Assert.Single(await _harness.PaymentsAsync());
        Assert.Equal(OrderStatus.Paid, (await _harness.StoredAsync(session)).Status);
    }

    [Fact]
    public async Task The_return_page_confirms_without_a_webhook_and_sends_the_browser_to_the_order()
    {
        var session = await _harness.SeedQuotedAsync();
        var checkout = await _harness.StartCheckoutAsync(session);
        _harness.Stripe.Pay(checkout);

        var response = await _harness.Client.GetAsync($"/payments/stripe/return?session_id={checkout}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/order/{session.Id}", response.Headers.Location?.ToString());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal(OrderStatus.Paid, (await _harness.StoredAsync(session)).Status);
    }

    [Theory]
    [InlineData(100L, null)]
    [InlineData(null, "sek")]
    public async Task A_payment_that_does_not_match_the_quote_is_flagged_for_review_not_fulfilled(long? amount, string? currency)
    {
        var session = await _harness.SeedQuotedAsync();
        var checkout = await _harness.StartCheckoutAsync(session);
        _harness.Stripe.Pay(checkout, amount: amount, currency: currency);

        await _harness.DeliverAsync(EventTypes.CheckoutSessionCompleted, checkout);

        Assert.Equal(OrderStatus.VehiclesSelected, (await _harness.StoredAsync(session)).Status);
        Assert.Equal(PaymentStatus.FlaggedForReview, Assert.Single(await _harness.PaymentsAsync()).Status);
        Assert.Equal(AttemptStatus.FlaggedForReview, Assert.Single(await _harness.AttemptsAsync()).Status);
        var back = await _harness.Client.GetAsync($"/payments/stripe/return?session_id={checkout}");
        Assert.Equal($"/order/{session.Id}?payment=review", back.Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_checkout_naming_another_order_is_flagged_for_review_not_fulfilled()
    {
        var session = await _harness.SeedQuotedAsync();
        var checkout = await _harness.StartCheckoutAsync(session);
        _harness.Stripe.Pay(checkout, reference: "CP-SOMEONE1");

        await _harness.DeliverAsync(EventTypes.CheckoutSessionCompleted, checkout);

        Assert.Equal(OrderStatus.VehiclesSelected, (await _harness.StoredAsync(session)).Status);
        var payment = Assert.Single(await _harness.PaymentsAsync());
        Assert.Equal(PaymentStatus.FlaggedForReview, payment.Status);
        Assert.Contains("CP-SOMEONE1", payment.Reason);
    }

    [Fact]
    public async Task An_event_for_a_checkout_we_never_started_is_acknowledged_and_changes_nothing()
    {
        var response = await _harness.DeliverAsync(EventTypes.CheckoutSessionCompleted, "cs_test_not_ours");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await _harness.PaymentsAsync());
    }

    [Fact]
    public async Task A_return_for_an_unknown_checkout_goes_to_the_landing_page_with_a_notice()
    {
        var response = await _harness.Client.GetAsync("/payments/stripe/return?session_id=cs_test_unknown");

        Assert.Equal("/?payment=unknown", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Events_we_do_not_handle_are_acknowledged()
    {
        var session = await _harness.SeedQuotedAsync();
        var checkout = await _harness.StartCheckoutAsync(session);
        _harness.Stripe.Pay(checkout);

        var response = await _harness.DeliverAsync(EventTypes.PaymentIntentSucceeded, checkout);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await _harness.PaymentsAsync());
    }

    [Fact]
    public async Task A_delayed_method_waits_then_pays_when_stripe_says_it_succeeded()
    {
        var session = await _harness.SeedQuotedAsync();
        var checkout = await _harness.StartCheckoutAsync(session);
        _harness.Stripe.SubmitDelayed(checkout);

        await _harness.DeliverAsync(EventTypes.CheckoutSessionCompleted, checkout);

        var waiting = await _harness.StoredAsync(session);
        Assert.Equal((OrderStatus.VehiclesSelected, true), (waiting.Status, waiting.PaymentProcessing));
        Assert.Equal(AttemptStatus.Processing, Assert.Single(await _harness.AttemptsAsync()).Status);
        var reselect = await _harness.Client.PostAsync($"/api/v1/tesla/session/{session.Id}/select",
            System.Net.Http.Json.JsonContent.Create(new { vehicle_ids = new[] { session.Vehicles[0].Id }, package = "basic" }));
        await reselect.AssertProblemAsync(HttpStatusCode.Conflict);

        _harness.Stripe.SettleDelayed(checkout, succeeded: true);
        await _harness.DeliverAsync(EventTypes.CheckoutSessionAsyncPaymentSucceeded, checkout);

        var paid = await _harness.StoredAsync(session);
        Assert.Equal((OrderStatus.Paid, false), (paid.Status, paid.PaymentProcessing));
        Assert.Equal("sepa_debit", Assert.Single(await _harness.PaymentsAsync()).Method);
    }

    [Fact]
    public async Task A_delayed_method_that_fails_frees_the_order_to_be_paid_again()
    {
        var session = await _harness.SeedQuotedAsync();
        var checkout = await _harness.StartCheckoutAsync(session);
        _harness.Stripe.SubmitDelayed(checkout);
        await _harness.DeliverAsync(EventTypes.CheckoutSessionCompleted, checkout);

        _harness.Stripe.SettleDelayed(checkout, succeeded: false);
        await _harness.DeliverAsync(EventTypes.CheckoutSessionAsyncPaymentFailed, checkout);

        var failed = await _harness.StoredAsync(session);
        Assert.Equal((OrderStatus.VehiclesSelected, false), (failed.Status, failed.PaymentProcessing));
        Assert.Equal(AttemptStatus.Failed, Assert.Single(await _harness.AttemptsAsync()).Status);
        Assert.Empty(await _harness.PaymentsAsync());
        Assert.NotEqual(checkout, await _harness.StartCheckoutAsync(session));
    }

    [Fact]
    public async Task A_late_expired_event_does_not_undo_a_payment()
    {
        var session = await _harness.SeedQuotedAsync();
        var checkout = await _harness.StartCheckoutAsync(session);
        _harness.Stripe.Pay(checkout);
        await _harness.DeliverAsync(EventTypes.CheckoutSessionCompleted, checkout);

        await _harness.DeliverAsync(EventTypes.CheckoutSessionExpired, checkout);

        Assert.Equal(AttemptStatus.Succeeded, Assert.Single(await _harness.AttemptsAsync()).Status);
        Assert.Equal(OrderStatus.Paid, (await _harness.StoredAsync(session)).Status);
    }

    [Fact]
    public async Task Cancelling_on_stripes_page_returns_to_the_quote_with_the_selection_intact()
    {
        var session = await _harness.SeedQuotedAsync();
        var checkout = await _harness.StartCheckoutAsync(session);
        var paymentId = (await _harness.AttemptsAsync()).Single().Id;

        var response = await _harness.Client.GetAsync($"/payments/cancelled?payment_id={paymentId}");

        Assert.Equal($"/order/{session.Id}?payment=cancelled", response.Headers.Location?.ToString());
        Assert.Equal("expired", _harness.Stripe.Status(checkout));
        var stored = await _harness.StoredAsync(session);
        Assert.Equal((OrderStatus.VehiclesSelected, 2, 2999L), (stored.Status, stored.SelectedVehicleIds.Count, stored.Quote?.TotalCents));
    }

    [Fact]
    public async Task A_cancel_link_that_arrives_after_payment_shows_the_paid_order()
    {
        var session = await _harness.SeedQuotedAsync();
        var checkout = await _harness.StartCheckoutAsync(session);
        var paymentId = (await _harness.AttemptsAsync()).Single().Id;
        _harness.Stripe.Pay(checkout);

        var response = await _harness.Client.GetAsync($"/payments/cancelled?payment_id={paymentId}");

        Assert.Equal($"/order/{session.Id}", response.Headers.Location?.ToString());
        Assert.Equal(OrderStatus.Paid, (await _harness.StoredAsync(session)).Status);
    }

    [Fact]
    public async Task A_paid_order_counts_its_voucher_once()
    {
        var session = await _harness.SeedQuotedAsync();
        await _harness.Client.PostAsync("/api/v1/pricing/quote", System.Net.Http.Json.JsonContent.Create(new { session_id = session.Id, voucher_code = "LAUNCH10" }));
        var checkout = await _harness.StartCheckoutAsync(session);
        _harness.Stripe.Pay(checkout);

        await _harness.DeliverAsync(EventTypes.CheckoutSessionCompleted, checkout);
        await _harness.DeliverAsync(EventTypes.CheckoutSessionCompleted, checkout);

        Assert.Equal(2699, Assert.Single(await _harness.PaymentsAsync()).AmountCents);
        Assert.Equal(1, await _harness.ReadAsync(db => db.Vouchers.Where(v => v.Code == "LAUNCH10").Select(v => v.RedemptionCount).SingleAsync()));
    }

    private static (string Json, string Signature) SignRaw(string json)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (json, $"t={timestamp},v1={EventUtility.ComputeSignature(CarPulse.Tests.Support.StripeFake.WebhookSecret, timestamp, json)}");
    }
}
