using System.Net.Http.Json;
using CarPulse.Domain.Funnel;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Reports;
using CarPulse.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Http.Funnel;

/// <summary>A scripted customer journey over HTTP, counted step by step, with nothing personal kept.</summary>
public sealed class FunnelTests : IDisposable
{
    private readonly CarPulseApp _app = CarPulseApp.WithTeslaSimulator(("Reports:PollInterval", "01:00:00"));
    private readonly TeslaSignIn _tesla;

    public FunnelTests() => _tesla = new TeslaSignIn(_app);

    [Fact]
    public async Task A_full_journey_and_one_that_stops_at_the_quote_are_counted_once_per_step_with_conversions()
    {
        var buyer = await ConnectAsync("one-car");
        await SelectAsync(buyer);
        await QuoteAsync(buyer, "PILOT2026");
        await QuoteAsync(buyer, "PILOT2026");
        await (await _tesla.Browser.PostAsJsonAsync("/api/v1/payment/create-intent", new { session_id = buyer })).AssertOkJsonAsync();
        await _app.Services.GetRequiredService<ReportWorker>().WorkOneAsync(CancellationToken.None);
        var vehicleId = (await _tesla.VehiclesAsync(buyer))[0];
        await _tesla.Browser.GetAsync($"/api/v1/tesla/session/{buyer}/vehicles/{vehicleId}/report.pdf");
        await _tesla.Browser.GetAsync($"/api/v1/tesla/session/{buyer}/vehicles/{vehicleId}/report.pdf");

        var browser = await ConnectAsync("two-cars");
        await SelectAsync(browser);
        await QuoteAsync(browser, null);

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki")).DateTime);
        await using var scope = _app.Services.CreateAsyncScope();
        var funnel = await scope.ServiceProvider.GetRequiredService<FunnelReport>().ForRangeAsync(AdminServices.Admin, today.AddDays(-1), today, CancellationToken.None);

        Assert.Equal(
            new Dictionary<FunnelStep, int>
            {
                [FunnelStep.LandingViewed] = 0,
                [FunnelStep.BrandChosen] = 2,
                [FunnelStep.OAuthStarted] = 2,
                [FunnelStep.OAuthCompleted] = 2,
                [FunnelStep.VehiclesSelected] = 2,
                [FunnelStep.QuoteViewed] = 2,
                [FunnelStep.VoucherApplied] = 1,
                [FunnelStep.PaymentStarted] = 1,
                [FunnelStep.Paid] = 1,
                [FunnelStep.ReportsReady] = 1,
                [FunnelStep.PdfDownloaded] = 1,
            },
            funnel.Steps.ToDictionary(step => step.Step, step => step.Journeys));
        var conversion = funnel.Steps.ToDictionary(step => step.Step, step => step.Conversion);
        Assert.Null(conversion[FunnelStep.LandingViewed]);
        Assert.Null(conversion[FunnelStep.BrandChosen]);
        Assert.Equal(1m, conversion[FunnelStep.OAuthCompleted]);
        Assert.Equal(0.5m, conversion[FunnelStep.VoucherApplied]);
        Assert.Equal(0.5m, conversion[FunnelStep.PaymentStarted]);
        Assert.Equal(1m, conversion[FunnelStep.PdfDownloaded]);
        Assert.Equal([today.AddDays(-1), today], funnel.Days.Select(day => day.Day));
        Assert.All(funnel.Days[0].Journeys, count => Assert.Equal(0, count));
        Assert.Equal(2, funnel.Days[1].Journeys[(int)FunnelStep.QuoteViewed]);

        var stored = await scope.ServiceProvider.GetRequiredService<CarPulseDb>().FunnelEvents.Select(e => e.Key).ToListAsync();
        Assert.DoesNotContain(buyer, stored);
        Assert.DoesNotContain(browser, stored);
        Assert.All(stored, key => Assert.Matches("^[0-9a-f]{32}$", key));
    }

    [Fact]
    public async Task A_range_that_ends_before_it_starts_or_spans_more_than_a_year_is_refused()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var funnel = scope.ServiceProvider.GetRequiredService<FunnelReport>();
        var day = new DateOnly(2026, 12, 1);

        var backwards = await Assert.ThrowsAsync<CarPulse.Domain.InputInvalid>(() => funnel.ForRangeAsync(AdminServices.Admin, day, day.AddDays(-1), CancellationToken.None));
        var tooLong = await Assert.ThrowsAsync<CarPulse.Domain.InputInvalid>(() => funnel.ForRangeAsync(AdminServices.Admin, day.AddDays(-FunnelReport.MaxDays), day, CancellationToken.None));

        Assert.Equal("to", backwards.Field);
        Assert.Equal("from", tooLong.Field);
    }

    private async Task<string> ConnectAsync(string account)
    {
        var next = await _tesla.CallbackAsync(await _tesla.ApproveAsync(await _tesla.StartAsync("/connect/tesla?brand=tesla"), account));
        return next["/order/".Length..];
    }

    private async Task SelectAsync(string sessionId)
    {
        var ids = (await _tesla.VehiclesAsync(sessionId)).ToArray();
        await (await _tesla.Browser.PostAsJsonAsync($"/api/v1/tesla/session/{sessionId}/select", new { vehicle_ids = ids, package = "pro" })).AssertOkJsonAsync();
    }

    private async Task QuoteAsync(string sessionId, string? voucher) =>
        await (await _tesla.Browser.PostAsJsonAsync("/api/v1/pricing/quote", new { session_id = sessionId, voucher_code = voucher })).AssertOkJsonAsync();

    public void Dispose() => _app.Dispose();
}
