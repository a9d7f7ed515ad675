using System.Net;
using System.Net.Http.Json;
using CarPulse.Domain.Orders;
using CarPulse.Tests.Support;

namespace CarPulse.Tests.Http;

/// <summary>The voucher budget over the API: exact under concurrency, per address and per order.</summary>
public sealed class VoucherCheckLimitTests : IDisposable
{
    private readonly CarPulseApp _app = new(("RateLimits:VoucherChecksPerMinute", "20"));

    [Fact]
    public async Task Checks_fired_at_once_from_one_address_get_exactly_the_limit_through_minute_after_minute()
    {
        using var client = _app.CreateClient().From("198.51.100.7");
        for (var minute = 0; minute < 5; minute++)
        {
            var answers = await Task.WhenAll(Enumerable.Range(0, 60).Select(guess =>
                client.PostAsJsonAsync("/api/v1/pricing/validate-voucher", new { code = $"GUESS{minute}-{guess}" })));

            Assert.Equal(20, answers.Count(answer => answer.StatusCode == HttpStatusCode.OK));
            Assert.Equal(40, answers.Count(answer => answer.StatusCode == HttpStatusCode.TooManyRequests));
            _app.Clock.Advance(TimeSpan.FromMinutes(1));
        }
    }

    [Fact]
    public async Task Quotes_for_one_order_share_its_budget_whatever_addresses_they_come_from()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().WithVehicles(2).InStatus(OrderStatus.VehiclesSelected).Build());

        var answers = await Task.WhenAll(Enumerable.Range(1, 30).Select(async address =>
        {
            using var client = _app.CreateClient().From($"198.51.100.{address}");
            return await client.PostAsJsonAsync("/api/v1/pricing/quote", new { session_id = session.Id, voucher_code = $"GUESS{address}" });
        }));

        Assert.Equal(20, answers.Count(answer => answer.StatusCode == HttpStatusCode.BadRequest));
        Assert.Equal(10, answers.Count(answer => answer.StatusCode == HttpStatusCode.TooManyRequests));
    }

    public void Dispose() => _app.Dispose();
}
