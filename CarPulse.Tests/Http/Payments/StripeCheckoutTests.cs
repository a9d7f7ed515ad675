using System.Net;
using System.Net.Http.Json;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Tests.Support;
using Stripe;

namespace CarPulse.Tests.Http.Payments;

/// <summary>Starting a Stripe Checkout: what is sent to Stripe, and what the customer gets back.</summary>
public sealed class StripeCheckoutTests : IAsyncLifetime
{
    private StripeCheckoutHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await StripeCheckoutHarness.StartAsync(("Payments:ExcludedMethods:0", "paypal"));

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task The_checkout_charges_the_stored_quote_and_names_the_order_without_its_secret_id()
    {
        var session = await _harness.SeedQuotedAsync(vehicles: 2);

        await _harness.StartCheckoutAsync(session);

        var sent = Assert.Single(_harness.Stripe.Creates);
        Assert.Equal("payment", sent["mode"]);
        Assert.Equal("2999", sent["line_items[0][price_data][unit_amount]"]);
        Assert.Equal("eur", sent["line_items[0][price_data][currency]"]);
        Assert.Equal("1", sent["line_items[0][quantity]"]);
        Assert.Equal(session.Reference, sent["client_reference_id"]);
        Assert.Equal(session.Reference, sent["metadata[order_reference]"]);
        Assert.Equal(session.Reference, sent["payment_intent_data[metadata][order_reference]"]);
        Assert.StartsWith("pay_", sent["metadata[payment_id]"]);
        Assert.Equal("1", sent["metadata[attempt]"]);
        Assert.DoesNotContain(sent.Values, value => value.Contains(session.Id, StringComparison.Ordinal));
        Assert.EndsWith("/payments/stripe/return?session_id={CHECKOUT_SESSION_ID}", sent["success_url"]);
        Assert.Contains("/payments/cancelled?payment_id=pay_", sent["cancel_url"]);
        Assert.Equal($"checkout-{session.Reference}-1", Assert.Single(_harness.Stripe.IdempotencyKeys));
    }

    [Fact]
    public async Task Payment_methods_are_the_accounts_dynamic_ones_minus_the_configured_exclusions()
    {
        var session = await _harness.SeedQuotedAsync();

        await _harness.StartCheckoutAsync(session);

        var sent = Assert.Single(_harness.Stripe.Creates);
        Assert.DoesNotContain(sent.Keys, key => key.StartsWith("payment_method_types", StringComparison.Ordinal));
        Assert.Equal("paypal", sent["excluded_payment_method_types[0]"]);
        Assert.DoesNotContain("excluded_payment_method_types[1]", sent.Keys);
    }

    [Fact]
    public async Task A_checkout_started_in_the_car_uses_the_in_car_method_configuration_instead_of_excluding_wallets_by_type()
    {
        await using var harness = await StripeCheckoutHarness.StartAsync(
            ("Payments:Stripe:PaymentMethodConfiguration", "pmc_everywhere"), ("Payments:Stripe:InCarPaymentMethodConfiguration", "pmc_no_wallets"));
        var session = await harness.SeedQuotedAsync();

        await harness.StartCheckoutAsync(session, userAgent: "Mozilla/5.0 (X11; Linux) AppleWebKit/537.36 Chrome/136.0 Safari/537.36 Tesla/2025.20.6");

        var sent = Assert.Single(harness.Stripe.Creates);
        Assert.Equal("pmc_no_wallets", sent["payment_method_configuration"]);
        Assert.DoesNotContain(sent.Values, value => value is "apple_pay" or "google_pay");
    }

    [Fact]
    public async Task Starting_again_closes_the_checkout_left_open_so_only_the_newest_can_be_paid()
    {
        var session = await _harness.SeedQuotedAsync();
        var first = await _harness.StartCheckoutAsync(session);

        var second = await _harness.StartCheckoutAsync(session);

        Assert.NotEqual(first, second);
        Assert.Equal("expired", _harness.Stripe.Status(first));
        Assert.Equal("open", _harness.Stripe.Status(second));
        Assert.Equal([AttemptStatus.Cancelled, AttemptStatus.Open], (await _harness.AttemptsAsync()).Select(a => a.Status));
        Assert.Equal([$"checkout-{session.Reference}-1", $"checkout-{session.Reference}-2"], _harness.Stripe.IdempotencyKeys);
    }

    [Fact]
    public async Task A_checkout_keeps_the_session_alive_while_the_customer_is_on_stripes_page()
    {
        var session = await _harness.SeedQuotedAsync();
        _harness.App.Clock.Advance(TimeSpan.FromMinutes(25));

        await _harness.StartCheckoutAsync(session);

        Assert.True((await _harness.StoredAsync(session)).ExpiresAt >= _harness.App.Clock.GetUtcNow().AddMinutes(30));
    }

    [Fact]
    public async Task A_stripe_outage_is_a_503_problem_and_nothing_is_charged()
    {
        var session = await _harness.SeedQuotedAsync();
        _harness.Stripe.FailNext(10);

        var response = await _harness.Client.PostAsJsonAsync("/api/v1/payment/create-intent", new { session_id = session.Id, method = "card" });

        await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal(AttemptStatus.Failed, Assert.Single(await _harness.AttemptsAsync()).Status);
        Assert.Equal(OrderStatus.VehiclesSelected, (await _harness.StoredAsync(session)).Status);
    }

    [Theory]
    [InlineData("{\"session_id\":\"nope\"}", HttpStatusCode.NotFound)]
    [InlineData("{\"method\":\"card\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"session_id\":", HttpStatusCode.BadRequest)]
    public async Task Bad_create_intent_requests_get_a_clear_problem(string body, HttpStatusCode status)
    {
        var response = await _harness.Client.PostAsync("/api/v1/payment/create-intent", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(status);
        Assert.Empty(_harness.Stripe.Creates);
    }

    [Fact]
    public async Task An_excluded_method_is_refused_naming_the_field()
    {
        var session = await _harness.SeedQuotedAsync();

        var response = await _harness.Client.PostAsJsonAsync("/api/v1/payment/create-intent", new { session_id = session.Id, method = "paypal" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("method", out _));
        Assert.Empty(_harness.Stripe.Creates);
    }

    [Fact]
    public async Task Paying_a_session_that_is_not_quoted_is_a_conflict_naming_its_status()
    {
        var session = await _harness.App.SeedAsync(new OrderSessionBuilder().WithVehicles(2).Build());

        var response = await _harness.Client.PostAsJsonAsync("/api/v1/payment/create-intent", new { session_id = session.Id, method = "card" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("connected", problem.GetProperty("current_status").GetString());
    }

    [Fact]
    public async Task The_create_intent_answer_has_the_contracts_fields()
    {
        var session = await _harness.SeedQuotedAsync();

        var answer = await (await _harness.Client.PostAsJsonAsync("/api/v1/payment/create-intent", new { session_id = session.Id, method = "card" })).AssertOkJsonAsync();

        Assert.Equal(["checkout_url", "payment_id", "provider"], answer.PropertyNames());
        Assert.Equal("stripe", answer.GetProperty("provider").GetString());
        Assert.StartsWith("https://checkout.stripe.test/", answer.GetProperty("checkout_url").GetString());
    }

    [Fact]
    public void The_webhook_listens_to_the_four_checkout_events()
    {
        Assert.Equal(
            [EventTypes.CheckoutSessionAsyncPaymentFailed, EventTypes.CheckoutSessionAsyncPaymentSucceeded, EventTypes.CheckoutSessionCompleted, EventTypes.CheckoutSessionExpired],
            CarPulse.Web.Endpoints.PaymentEndpoints.HandledEvents.Order());
    }
}
