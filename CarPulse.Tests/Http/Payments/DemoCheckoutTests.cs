using System.Net;
using System.Net.Http.Json;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Persistence;
using CarPulse.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Http.Payments;

/// <summary>The demo gateway (no Stripe keys): its test-mode page, and the same confirmation path as Stripe.</summary>
public abstract class DemoCheckoutTests : IDisposable
{
    private readonly CarPulseApp _app;
    private readonly HttpClient _client;

    protected DemoCheckoutTests(DatabaseProvider provider)
    {
        _app = new(provider);
        _client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    [Fact]
    public async Task Without_stripe_keys_the_demo_gateway_serves_a_test_mode_page_with_the_amount()
    {
        var session = await SeedQuotedAsync();

        var intent = await StartAsync(session);
        var page = WebUtility.HtmlDecode(await _client.GetStringAsync(intent.CheckoutUrl));

        Assert.Equal("demo", intent.Provider);
        Assert.Contains("TEST MODE", page);
        Assert.Contains("€29.99", page);
        Assert.Contains(session.Reference, page);
        Assert.DoesNotContain(session.Id, page);
    }

    [Fact]
    public async Task Pay_confirms_the_payment_and_returns_the_browser_to_the_paid_order()
    {
        var session = await SeedQuotedAsync();
        var intent = await StartAsync(session);

        var afterPay = await DecideAsync(intent.CheckoutUrl, "pay");
        Assert.Equal(OrderStatus.Paid, (await StoredAsync(session)).Status);
        var afterReturn = await _client.GetAsync(afterPay);

        Assert.StartsWith("/payments/demo/return?session_id=demo_cs_", afterPay.PathAndQuery);
        Assert.Equal($"/order/{session.Id}", afterReturn.Headers.Location?.ToString());
        var payment = Assert.Single(await ReadAsync(db => db.Payments.ToListAsync()));
        Assert.Equal((PaymentProvider.Demo, 2999L, PaymentStatus.Succeeded), (payment.Provider, payment.AmountCents, payment.Status));
    }

    [Theory]
    [InlineData("decline", "declined", AttemptStatus.Declined)]
    [InlineData("cancel", "cancelled", AttemptStatus.Cancelled)]
    public async Task Decline_and_cancel_return_to_the_quote_with_a_message_and_the_selection_intact(string button, string notice, AttemptStatus attempt)
    {
        var session = await SeedQuotedAsync();
        var intent = await StartAsync(session);

        var back = await _client.GetAsync(await DecideAsync(intent.CheckoutUrl, button));

        Assert.Equal($"/order/{session.Id}?payment={notice}", back.Headers.Location?.ToString());
        var stored = await StoredAsync(session);
        Assert.Equal((OrderStatus.VehiclesSelected, 2, 2999L), (stored.Status, stored.SelectedVehicleIds.Count, stored.Quote?.TotalCents));
        Assert.Equal(attempt, (await ReadAsync(db => db.PaymentAttempts.SingleAsync())).Status);
        Assert.Empty(await ReadAsync(db => db.Payments.ToListAsync()));
    }

    [Fact]
    public async Task A_decided_checkout_cannot_be_paid_again()
    {
        var session = await SeedQuotedAsync();
        var intent = await StartAsync(session);
        await DecideAsync(intent.CheckoutUrl, "pay");

        var again = await _client.GetAsync(intent.CheckoutUrl);

        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Single(await ReadAsync(db => db.Payments.ToListAsync()));
    }

    [Fact]
    public async Task A_decision_without_the_pages_antiforgery_token_is_refused()
    {
        var session = await SeedQuotedAsync();
        var intent = await StartAsync(session);

        var forged = await _client.PostAsync(intent.CheckoutUrl, new FormUrlEncodedContent(new Dictionary<string, string> { ["decision"] = "pay" }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(OrderStatus.VehiclesSelected, (await StoredAsync(session)).Status);
    }

    [Fact]
    public async Task An_unknown_demo_checkout_is_a_404_page()
    {
        var response = await _client.GetAsync("/simulator/payments/checkout/demo_cs_nothing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Nothing was charged", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_zero_total_is_paid_at_once_without_any_provider()
    {
        var session = await SeedQuotedAsync();
        await _client.PostAsJsonAsync("/api/v1/pricing/quote", new { session_id = session.Id, voucher_code = "PILOT2026" });

        var answer = await (await _client.PostAsJsonAsync("/api/v1/payment/create-intent", new { session_id = session.Id, method = "card" })).AssertOkJsonAsync();

        Assert.Equal(["status"], answer.PropertyNames());
        Assert.Equal("paid", answer.GetProperty("status").GetString());
        Assert.Equal(OrderStatus.Paid, (await StoredAsync(session)).Status);
        Assert.Equal(PaymentProvider.None, (await ReadAsync(db => db.Payments.SingleAsync())).Provider);
        Assert.Empty(await ReadAsync(db => db.PaymentAttempts.ToListAsync()));
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }

    private Task<OrderSession> SeedQuotedAsync() =>
        _app.SeedAsync(new OrderSessionBuilder().WithVehicles(2).InStatus(OrderStatus.VehiclesSelected).Build());

    private async Task<(string Provider, Uri CheckoutUrl)> StartAsync(OrderSession session)
    {
        var answer = await (await _client.PostAsJsonAsync("/api/v1/payment/create-intent", new { session_id = session.Id, method = "card" })).AssertOkJsonAsync();
        return (answer.GetProperty("provider").GetString()!, new Uri(answer.GetProperty("checkout_url").GetString()!));
    }

    private Task<Uri> DecideAsync(Uri checkoutUrl, string decision) => DemoCheckoutButtons.PressAsync(_client, checkoutUrl, decision);

    private async Task<T> ReadAsync<T>(Func<CarPulseDb, Task<T>> read)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<CarPulseDb>());
    }

    private Task<OrderSession> StoredAsync(OrderSession session) => ReadAsync(db => db.OrderSessions.AsNoTracking().SingleAsync(s => s.Id == session.Id));

    public sealed class OnSqlite() : DemoCheckoutTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : DemoCheckoutTests(DatabaseProvider.PostgreSql);
}
