using System.Net;
using System.Net.Http.Json;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Pricing;
using CarPulse.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CarPulse.Tests.Http.Payments;

/// <summary>
/// Checkout and quote are one unit (SPEC §2): a checkout charges the terms it froze, at most one is open per order,
/// and a change or a new checkout closes the old one. Fired at once, over HTTP, against the demo gateway.
/// </summary>
public abstract class FrozenCheckoutTests : IDisposable
{
    private readonly CarPulseApp _app;
    private readonly HttpClient _client;
    private readonly ITestOutputHelper _output;

    protected FrozenCheckoutTests(DatabaseProvider provider, ITestOutputHelper output)
    {
        _app = new CarPulseApp(provider, ("RateLimits:SessionCallsPerMinute", "100000"));
        _output = output;
        _client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    [Fact]
    public async Task Paying_while_the_order_is_reselected_and_revouchered_charges_exactly_the_quote_of_what_was_paid_for()
    {
        const int Rounds = 30;
        var paid = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var session = await _app.SeedAsync(new OrderSessionBuilder().WithVehicles(12).Build());
            await SelectAsync(session, [session.Vehicles[0].Id], "basic");
            var checkoutUrl = await StartAsync(session);
            var pay = await DemoCheckoutButtons.FormAsync(_client, checkoutUrl, "pay");
            var everyCar = session.Vehicles.Select(vehicle => vehicle.Id).ToArray();

            // The Pay post, and re-selects of twelve cars × Expert and a voucher fired into the same moments.
            var burst = new List<Task<HttpResponseMessage>> { _client.PostAsync(checkoutUrl, pay) };
            for (var change = 0; change < 6; change++)
            {
                burst.Add(change % 2 == 0
                    ? _client.PostAsJsonAsync($"/api/v1/tesla/session/{session.Id}/select", new { vehicle_ids = everyCar, package = "expert" })
                    : _client.PostAsJsonAsync("/api/v1/pricing/quote", new { session_id = session.Id, voucher_code = "LAUNCH10" }));
            }

            var answers = await Task.WhenAll(burst);

            Assert.All(answers, answer => Assert.True((int)answer.StatusCode < 500, $"{answer.RequestMessage?.RequestUri}: {(int)answer.StatusCode}"));
            if (await AssertConsistentAsync(session))
            {
                paid++;
            }
        }

        _output.WriteLine($"{paid} of {Rounds} rounds ended paid at the frozen quote; the others ended changed, with nothing kept.");
    }

    [Fact]
    public async Task Twenty_checkouts_started_at_once_leave_one_payable_and_paying_them_all_takes_money_once()
    {
        var session = await SeedQuotedAsync();

        var starts = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _client.PostAsJsonAsync("/api/v1/payment/create-intent", new { session_id = session.Id, method = "card" })));

        Assert.All(starts, start => Assert.Contains(start.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var urls = new List<Uri>();
        foreach (var start in starts.Where(start => start.StatusCode == HttpStatusCode.OK))
        {
            urls.Add(new Uri((await start.AssertOkJsonAsync()).GetProperty("checkout_url").GetString()!));
        }

        var open = await ReadAsync(db => db.PaymentAttempts.Where(a => a.Status == AttemptStatus.Open || a.Status == AttemptStatus.Starting).ToListAsync());
        var payable = await ReadAsync(db => db.DemoCheckouts.Where(c => c.Decision == null).CountAsync());
        Assert.Equal((1, 1), (open.Count, payable));
        Assert.Equal(open[0].Id, (await StoredAsync(session)).OpenCheckoutId);

        foreach (var url in urls)
        {
            var page = await _client.GetAsync(url);
            if (page.StatusCode == HttpStatusCode.OK)
            {
                await DemoCheckoutButtons.PressAsync(_client, url, "pay");
            }
        }

        var payments = await ReadAsync(db => db.Payments.ToListAsync());
        Assert.Equal(PaymentStatus.Succeeded, Assert.Single(payments).Status);
        Assert.Equal(OrderStatus.Paid, (await StoredAsync(session)).Status);
    }

    [Fact]
    public async Task Starting_again_expires_the_checkout_opened_before_so_only_the_newest_can_be_paid()
    {
        var session = await SeedQuotedAsync();
        var first = await StartAsync(session);
        var form = await DemoCheckoutButtons.FormAsync(_client, first, "pay");

        var second = await StartAsync(session);
        var late = await _client.PostAsync(first, form);

        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await _client.GetAsync(first)).StatusCode);
        Assert.Equal(OrderStatus.VehiclesSelected, (await StoredAsync(session)).Status);
        Assert.Empty(await ReadAsync(db => db.Payments.ToListAsync()));
        await DemoCheckoutButtons.PressAsync(_client, second, "pay");
        Assert.Equal(OrderStatus.Paid, (await StoredAsync(session)).Status);
    }

    [Fact]
    public async Task A_voucher_applied_after_the_checkout_opened_closes_it_so_the_old_price_cannot_be_paid()
    {
        var session = await SeedQuotedAsync();
        var atFullPrice = await StartAsync(session);
        var form = await DemoCheckoutButtons.FormAsync(_client, atFullPrice, "pay");

        var quote = await (await _client.PostAsJsonAsync("/api/v1/pricing/quote", new { session_id = session.Id, voucher_code = "LAUNCH10" })).AssertOkJsonAsync();
        await _client.PostAsync(atFullPrice, form);

        Assert.Equal(2699, quote.GetProperty("total_cents").GetInt64());
        var stored = await StoredAsync(session);
        Assert.Equal((OrderStatus.VehiclesSelected, 2699L, null), (stored.Status, stored.Quote?.TotalCents, stored.OpenCheckoutId));
        Assert.Empty(await ReadAsync(db => db.Payments.ToListAsync()));
        Assert.Equal(AttemptStatus.Cancelled, (await ReadAsync(db => db.PaymentAttempts.SingleAsync())).Status);
    }

    [Fact]
    public async Task A_checkout_opened_before_a_free_voucher_cannot_be_paid_once_the_free_order_is()
    {
        var session = await SeedQuotedAsync();
        var atFullPrice = await StartAsync(session);
        var form = await DemoCheckoutButtons.FormAsync(_client, atFullPrice, "pay");
        await _client.PostAsJsonAsync("/api/v1/pricing/quote", new { session_id = session.Id, voucher_code = "PILOT2026" });

        var free = await (await _client.PostAsJsonAsync("/api/v1/payment/create-intent", new { session_id = session.Id, method = "card" })).AssertOkJsonAsync();
        await _client.PostAsync(atFullPrice, form);

        Assert.Equal("paid", free.GetProperty("status").GetString());
        var payment = Assert.Single(await ReadAsync(db => db.Payments.ToListAsync()));
        Assert.Equal((PaymentProvider.None, 0L), (payment.Provider, payment.AmountCents));
        Assert.Equal(CheckoutOutcome.Expired, await ReadAsync(db => db.DemoCheckouts.Select(c => c.Decision).SingleAsync()));
    }

    [Fact]
    public async Task Changing_the_selection_while_the_provider_holds_a_payment_for_it_is_refused_and_the_payment_pays_the_order()
    {
        var session = await SeedQuotedAsync();
        var checkoutUrl = await StartAsync(session);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            // The customer pressed Pay on the provider's page; our confirmation has not run yet.
            await scope.ServiceProvider.GetRequiredService<DemoGateway>().DecideAsync(checkoutUrl.Segments[^1], CheckoutOutcome.Paid, customerEmail: null, CancellationToken.None);
        }

        var reselect = await _client.PostAsJsonAsync($"/api/v1/tesla/session/{session.Id}/select", new { vehicle_ids = new[] { session.Vehicles[0].Id }, package = "basic" });
        var confirmed = await _client.GetAsync($"/payments/demo/return?session_id={checkoutUrl.Segments[^1]}");

        var problem = await reselect.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("vehicles_selected", problem.GetProperty("current_status").GetString());
        Assert.Equal($"/order/{session.Id}", confirmed.Headers.Location?.ToString());
        var stored = await StoredAsync(session);
        Assert.Equal((OrderStatus.Paid, 2, 2999L), (stored.Status, stored.SelectedVehicleIds.Count, stored.Quote?.TotalCents));
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }

    /// <summary>
    /// The invariants of one round: a paid order was charged exactly its frozen quote, for exactly the terms the paid
    /// checkout froze, and the tier table agrees; money for anything else went back. True when the order ended paid.
    /// </summary>
    private async Task<bool> AssertConsistentAsync(OrderSession session)
    {
        var stored = await StoredAsync(session);
        var payments = await ReadAsync(db => db.Payments.Where(p => p.OrderSessionId == session.Id).ToListAsync());
        var attempts = await ReadAsync(db => db.PaymentAttempts.Where(a => a.OrderSessionId == session.Id).ToListAsync());
        Assert.True(attempts.Count(a => a.IsOpen) <= 1);
        Assert.All(payments.Where(p => p.Status != PaymentStatus.Succeeded), p => Assert.Equal(PaymentStatus.Refunded, p.Status));
        if (stored.Status != OrderStatus.Paid)
        {
            Assert.DoesNotContain(payments, p => p.Status == PaymentStatus.Succeeded);
            return false;
        }

        var payment = Assert.Single(payments, p => p.Status == PaymentStatus.Succeeded);
        var checkout = Assert.Single(attempts, a => a.Status == AttemptStatus.Succeeded);
        var quote = stored.Quote ?? throw new InvalidOperationException("A paid order without a quote.");
        Assert.Equal(quote, checkout.Quote);
        Assert.Equal(checkout.VehicleIds.Order(), stored.SelectedVehicleIds.Order());
        Assert.Equal((quote.TotalCents, quote.Currency), (payment.AmountCents, payment.Currency));
        Assert.Equal(quote.VehicleCount, stored.SelectedVehicleIds.Count);
        var tier = TierTable.Default.Lookup(quote.Package, quote.VehicleCount).PriceCents;
        Assert.Equal(tier - quote.DiscountCents, quote.TotalCents);
        Assert.Equal(VatRate.Finland.IncludedIn(quote.TotalCents), quote.VatCents);
        var receipt = await (await _client.GetAsync($"/api/v1/payment/receipt/{session.Id}")).AssertOkJsonAsync();
        Assert.Equal((quote.TotalCents, quote.VatCents), (receipt.GetProperty("total_cents").GetInt64(), receipt.GetProperty("vat_cents").GetInt64()));
        return true;
    }

    private async Task<OrderSession> SeedQuotedAsync()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().WithVehicles(2).Build());
        await SelectAsync(session, [.. session.Vehicles.Select(vehicle => vehicle.Id)], "pro");
        return session;
    }

    private async Task SelectAsync(OrderSession session, long[] vehicleIds, string package)
    {
        (await _client.PostAsJsonAsync($"/api/v1/tesla/session/{session.Id}/select", new { vehicle_ids = vehicleIds, package })).EnsureSuccessStatusCode();
        (await _client.PostAsJsonAsync("/api/v1/pricing/quote", new { session_id = session.Id })).EnsureSuccessStatusCode();
    }

    private async Task<Uri> StartAsync(OrderSession session)
    {
        var answer = await (await _client.PostAsJsonAsync("/api/v1/payment/create-intent", new { session_id = session.Id, method = "card" })).AssertOkJsonAsync();
        return new Uri(answer.GetProperty("checkout_url").GetString()!);
    }

    private async Task<T> ReadAsync<T>(Func<CarPulseDb, Task<T>> read)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<CarPulseDb>());
    }

    private Task<OrderSession> StoredAsync(OrderSession session) => ReadAsync(db => db.OrderSessions.AsNoTracking().SingleAsync(s => s.Id == session.Id));

    public sealed class OnSqlite(ITestOutputHelper output) : FrozenCheckoutTests(DatabaseProvider.Sqlite, output);

    public sealed class OnPostgreSql(ITestOutputHelper output) : FrozenCheckoutTests(DatabaseProvider.PostgreSql, output);
}
