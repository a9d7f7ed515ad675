using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Pricing;
using CarPulse.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Http;

public abstract class QuoteApiTests : IDisposable
{
    private readonly CarPulseApp _app;
    private readonly HttpClient _client;

    protected QuoteApiTests(DatabaseProvider provider)
    {
        _app = new(provider);
        _client = _app.CreateClient();
    }

    [Fact]
    public async Task A_quote_for_two_pro_vehicles_is_the_two_band_price_with_vat()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().WithVehicles(2).InStatus(OrderStatus.VehiclesSelected).Build());

        var quote = await (await _client.PostAsJsonAsync("/api/v1/pricing/quote", new { session_id = session.Id })).AssertOkJsonAsync();

        Assert.Equal(["currency", "package", "tier_label", "tier_price_cents", "total_cents", "vat_cents", "vehicle_count", "voucher"], quote.PropertyNames());
        Assert.Equal("pro", quote.GetProperty("package").GetString());
        Assert.Equal(2, quote.GetProperty("vehicle_count").GetInt32());
        Assert.Equal("2 vehicles", quote.GetProperty("tier_label").GetString());
        Assert.Equal(2999, quote.GetProperty("tier_price_cents").GetInt64());
        Assert.Equal(JsonValueKind.Null, quote.GetProperty("voucher").ValueKind);
        Assert.Equal(2999, quote.GetProperty("total_cents").GetInt64());
        Assert.Equal(609, quote.GetProperty("vat_cents").GetInt64());
        Assert.Equal("EUR", quote.GetProperty("currency").GetString());
    }

    [Fact]
    public async Task A_voucher_in_any_case_reduces_the_quote_and_the_quote_is_stored_on_the_session()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().WithVehicles(1).WithPackage(PackageName.Expert).InStatus(OrderStatus.VehiclesSelected).Build());

        var quote = await (await _client.PostAsJsonAsync("/api/v1/pricing/quote", new { session_id = session.Id, voucher_code = "launch10" })).AssertOkJsonAsync();

        var voucher = quote.GetProperty("voucher");
        Assert.Equal(["code", "discount_cents", "label", "type", "value"], voucher.PropertyNames());
        Assert.Equal("LAUNCH10", voucher.GetProperty("code").GetString());
        Assert.Equal(300, voucher.GetProperty("discount_cents").GetInt64());
        Assert.Equal(2699, quote.GetProperty("total_cents").GetInt64());
        Assert.Equal(548, quote.GetProperty("vat_cents").GetInt64());

        await using var scope = _app.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<OrderSessionStore>().GetLiveAsync(session.Id, CancellationToken.None);
        Assert.Equal(2699, stored.Quote?.TotalCents);
        Assert.Equal("LAUNCH10", stored.Quote?.VoucherCode);
    }

    [Fact]
    public async Task The_free_pilot_voucher_brings_the_total_to_zero()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().WithVehicles(2).InStatus(OrderStatus.VehiclesSelected).Build());

        var quote = await (await _client.PostAsJsonAsync("/api/v1/pricing/quote", new { session_id = session.Id, voucher_code = "PILOT2026" })).AssertOkJsonAsync();

        Assert.Equal(0, quote.GetProperty("total_cents").GetInt64());
        Assert.Equal(0, quote.GetProperty("vat_cents").GetInt64());
        Assert.Equal(2999, quote.GetProperty("voucher").GetProperty("discount_cents").GetInt64());
    }

    [Fact]
    public async Task A_refused_voucher_is_a_400_naming_the_voucher_field_with_the_reason()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build());

        var response = await _client.PostAsJsonAsync("/api/v1/pricing/quote", new { session_id = session.Id, voucher_code = "GUESS123" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("This voucher code is not valid.", problem.GetProperty("errors").GetProperty("voucher_code")[0].GetString());
    }

    [Fact]
    public async Task A_voucher_code_no_voucher_can_have_is_unknown_to_the_check_and_the_quote_never_an_error()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build());

        var check = await _client.PostAsJsonAsync("/api/v1/pricing/validate-voucher", new { code = "LAUNCH\u000010" });
        var quote = await _client.PostAsJsonAsync("/api/v1/pricing/quote", new { session_id = session.Id, voucher_code = "LAUNCH\u000010" });

        Assert.False((await check.AssertOkJsonAsync()).GetProperty("valid").GetBoolean());
        var problem = await quote.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("This voucher code is not valid.", problem.GetProperty("errors").GetProperty("voucher_code")[0].GetString());
    }

    [Fact]
    public async Task An_unknown_session_is_404()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/pricing/quote", new { session_id = SessionId.New() });

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_expired_session_is_410()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build());
        _app.Clock.Advance(TimeSpan.FromMinutes(31));

        var response = await _client.PostAsJsonAsync("/api/v1/pricing/quote", new { session_id = session.Id });

        var problem = await response.AssertProblemAsync(HttpStatusCode.Gone);
        Assert.Equal("Session expired. Please start again.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_quote_before_any_selection_is_a_409_naming_the_status()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.Connected).Build());

        var response = await _client.PostAsJsonAsync("/api/v1/pricing/quote", new { session_id = session.Id });

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("connected", problem.GetProperty("current_status").GetString());
    }

    [Fact]
    public async Task A_quote_on_a_paid_session_is_a_409_and_leaves_the_order_record_alone()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.Paid).Build());

        var response = await _client.PostAsJsonAsync("/api/v1/pricing/quote", new { session_id = session.Id, voucher_code = "PILOT2026" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("paid", problem.GetProperty("current_status").GetString());
    }

    public void Dispose() => _app.Dispose();

    public sealed class OnSqlite() : QuoteApiTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : QuoteApiTests(DatabaseProvider.PostgreSql);
}
