using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarPulse.Domain.Archive;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Reports;
using CarPulse.Domain.Tesla;
using CarPulse.Tests.Support;
using CarPulse.Web.Simulators.Tesla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CarPulse.Tests.Http.Reports;

/// <summary>
/// What needs Tesla after the report's tokens are gone: a refused refresh, a retry of the missing parts and the
/// charging invoices all go through a new sign-in for the paid order, never a new payment.
/// </summary>
public sealed class ReconnectAndInvoiceTests : IDisposable
{
    private readonly CarPulseApp _app = CarPulseApp.WithTeslaSimulator(("Reports:PollInterval", "01:00:00"), CountedCalls.PatientAttempts);
    private readonly TeslaSignIn _tesla;

    public ReconnectAndInvoiceTests() => _tesla = new TeslaSignIn(_app);

    private TeslaSimulator Simulator => _app.Services.GetRequiredService<TeslaSimulator>();

    private ReportWorker Worker => _app.Services.GetRequiredService<ReportWorker>();

    [Fact]
    public async Task A_refused_refresh_keeps_the_order_paid_and_a_reconnect_builds_the_report()
    {
        var sessionId = await _tesla.PayFreeAsync("one-car", "pro");
        Simulator.For("one-car").ExpireAccessTokens();
        Simulator.For("one-car").FailRefresh = true;

        await Worker.WorkOneAsync(CancellationToken.None);

        var waiting = await SessionAsync(sessionId);
        Assert.True(waiting.TeslaReconnectNeeded);
        Assert.NotEqual(OrderStatus.Complete, waiting.Status);
        Assert.Null(waiting.Tokens);
        Assert.Equal(1, await PaymentCountAsync(sessionId));

        Simulator.For("one-car").FailRefresh = false;
        Assert.Equal($"/order/{sessionId}", await _tesla.ReconnectAsync(sessionId, "one-car"));
        Simulator.ClearCalls();
        await Worker.WorkOneAsync(CancellationToken.None);

        var done = await SessionAsync(sessionId);
        Assert.Equal(OrderStatus.Complete, done.Status);
        Assert.False(done.TeslaReconnectNeeded);
        Assert.Null(done.Tokens);
        Assert.Equal(VehicleReportStatus.Complete, (await ReportsAsync(sessionId)).Single().Status);
        Assert.Equal(7, Simulator.Calls.Count);
        Assert.Equal(1, await PaymentCountAsync(sessionId));
    }

    [Fact]
    public async Task A_refused_refresh_token_is_tried_once_for_the_whole_order()
    {
        var sessionId = await _tesla.PayFreeAsync("two-cars", "pro");
        Simulator.For("two-cars").ExpireAccessTokens();
        Simulator.For("two-cars").FailRefresh = true;
        Simulator.ClearCalls();

        await Worker.WorkOneAsync(CancellationToken.None);
        await _tesla.Browser.PostAsJsonAsync("/api/v1/reports/generate", new { session_id = sessionId });
        await Worker.WorkOneAsync(CancellationToken.None);

        Assert.Single(Simulator.Calls, call => call.Endpoint == "token:refresh_token");
        Assert.True((await SessionAsync(sessionId)).TeslaReconnectNeeded);
    }

    [Fact]
    public async Task A_retry_after_reconnecting_fetches_only_the_missing_modules()
    {
        var sessionId = await _tesla.PayFreeAsync("one-car", "pro");
        var attempts = _app.Services.GetRequiredService<IOptions<TeslaOptions>>().Value.MaxRetries + 1;
        Simulator.For("one-car").FailNext(attempts, 503, "warranty");
        await Worker.WorkOneAsync(CancellationToken.None);
        Assert.Equal(VehicleReportStatus.Partial, (await ReportsAsync(sessionId)).Single().Status);
        Assert.Equal(OrderStatus.Complete, (await SessionAsync(sessionId)).Status);

        await _tesla.ReconnectAsync(sessionId, "one-car", "retry");
        Simulator.ClearCalls();
        await Worker.WorkOneAsync(CancellationToken.None);

        Assert.Equal(["warranty"], Simulator.Calls.Select(call => call.Endpoint));
        var report = (await ReportsAsync(sessionId)).Single();
        Assert.Equal(VehicleReportStatus.Complete, report.Status);
        Assert.Equal(7, report.Modules.Count);
        Assert.Equal(OrderStatus.Complete, (await SessionAsync(sessionId)).Status);
        Assert.Null((await SessionAsync(sessionId)).Tokens);
    }

    [Fact]
    public async Task Charging_invoices_are_fetched_on_request_then_listed_served_and_zipped_without_new_calls()
    {
        var sessionId = await _tesla.PayFreeAsync("one-car", "pro");
        await Worker.WorkOneAsync(CancellationToken.None);
        var vehicleId = (await _tesla.VehiclesAsync(sessionId))[0];
        var path = $"/api/v1/tesla/session/{sessionId}/vehicles/{vehicleId}/charging-invoices";

        var before = await (await _tesla.Browser.GetAsync(path)).AssertOkJsonAsync();
        var invoices = before.GetProperty("invoices").EnumerateArray().ToList();
        Assert.NotEmpty(invoices);
        Assert.All(invoices, invoice => Assert.False(invoice.GetProperty("fetched").GetBoolean()));
        Assert.Equal($"/connect/tesla?order={Uri.EscapeDataString(sessionId)}&then=invoices", before.GetProperty("fetch_url").GetString());
        var firstUrl = invoices[0].GetProperty("url").GetString();
        var notYet = await (await _tesla.Browser.GetAsync(firstUrl)).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(before.GetProperty("fetch_url").GetString(), notYet.GetProperty("reconnect_url").GetString());
        await (await _tesla.Browser.GetAsync($"{path}.zip")).AssertProblemAsync(HttpStatusCode.Conflict);

        await _tesla.ReconnectAsync(sessionId, "one-car", "invoices");
        Simulator.ClearCalls();
        await Worker.WorkOneAsync(CancellationToken.None);
        Assert.Equal(invoices.Count, Simulator.Calls.Count(call => call.Endpoint == "charging_invoice"));
        Assert.Equal(invoices.Count, Simulator.Calls.Count);
        Simulator.ClearCalls();

        var after = await (await _tesla.Browser.GetAsync(path)).AssertOkJsonAsync();
        Assert.All(after.GetProperty("invoices").EnumerateArray(), invoice => Assert.True(invoice.GetProperty("fetched").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, after.GetProperty("fetch_url").ValueKind);
        var one = await _tesla.Browser.GetAsync(firstUrl);
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal("application/pdf", one.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await one.Content.ReadAsByteArrayAsync())[..4]);
        var zipResponse = await _tesla.Browser.GetAsync(after.GetProperty("zip_url").GetString());
        Assert.Equal("application/zip", zipResponse.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await zipResponse.Content.ReadAsStreamAsync());
        Assert.Equal(invoices.Count, zip.Entries.Count);
        Assert.Equal(invoices.Count, zip.Entries.Select(entry => entry.Name).Distinct().Count());
        Assert.All(zip.Entries, entry => Assert.EndsWith(".pdf", entry.Name));
        Assert.Empty(Simulator.Calls);
        Assert.Null((await SessionAsync(sessionId)).Tokens);

        await (await _tesla.Browser.GetAsync($"{path}/not-an-invoice-of-this-car")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Reconnecting_with_an_account_that_does_not_hold_the_cars_is_refused()
    {
        var sessionId = await _tesla.PayFreeAsync("one-car", "pro");
        await Worker.WorkOneAsync(CancellationToken.None);

        Assert.Equal($"/order/{sessionId}?reconnect=other_account", await _tesla.ReconnectAsync(sessionId, "two-cars", "invoices"));

        Assert.Null((await SessionAsync(sessionId)).Tokens);
        Assert.False(await Worker.WorkOneAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_reconnect_for_an_unknown_order_or_with_an_unknown_follow_up_is_refused()
    {
        var unknown = await _tesla.Browser.GetAsync($"/connect/tesla?order={CarPulse.Domain.BearerSecret.New()}");
        var sessionId = await _tesla.PayFreeAsync("one-car", "basic");
        var badFollowUp = await _tesla.Browser.GetAsync($"/connect/tesla?order={sessionId}&then=refund");
        var unpaid = await _tesla.ConnectAsync("one-car");
        var notPaid = await _tesla.Browser.GetAsync($"/connect/tesla?order={unpaid}");

        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
        await badFollowUp.AssertProblemAsync(HttpStatusCode.BadRequest);
        await notPaid.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Every_paid_order_is_archived_with_its_order_record()
    {
        var sessionId = await _tesla.PayFreeAsync("two-cars", "pro");
        await Worker.WorkOneAsync(CancellationToken.None);
        var session = await SessionAsync(sessionId);

        var json = await _app.Services.GetRequiredService<IOrderArchive>().ReadAsync(ArchivePath.OrderRecord(session.Reference), CancellationToken.None);

        Assert.NotNull(json);
        var record = JsonDocument.Parse(json).RootElement;
        Assert.Equal(sessionId, record.GetProperty("session_id").GetString());
        Assert.Equal($"free_{session.Reference}", record.GetProperty("payment_id").GetString());
        Assert.Equal("none", record.GetProperty("provider").GetString());
        Assert.Equal("pro", record.GetProperty("package").GetString());
        Assert.Equal(2, record.GetProperty("vehicle_count").GetInt32());
        Assert.Equal(0, record.GetProperty("amount_cents").GetInt64());
        Assert.Equal("EUR", record.GetProperty("currency").GetString());
        Assert.True(record.TryGetProperty("created_at", out _));
        var vehicles = record.GetProperty("vehicles").EnumerateArray().ToList();
        Assert.Equal(session.SelectedVehicles.Select(v => v.MaskedVin).Order(), vehicles.Select(v => v.GetProperty("masked_vin").GetString()).Order());
        Assert.All(session.SelectedVehicles, vehicle => Assert.DoesNotContain(vehicle.Vin, System.Text.Encoding.UTF8.GetString(json)));
    }

    [Fact]
    public async Task After_the_retention_period_the_archive_and_report_data_are_deleted_but_the_payment_stays()
    {
        var sessionId = await _tesla.PayFreeAsync("one-car", "pro");
        await Worker.WorkOneAsync(CancellationToken.None);
        var reference = (await SessionAsync(sessionId)).Reference;
        var archive = _app.Services.GetRequiredService<IOrderArchive>();

        Assert.Equal(0, await PurgeAsync(sessionId, paidDaysAgo: 364));
        Assert.NotNull(await archive.ReadAsync(ArchivePath.OrderRecord(reference), CancellationToken.None));

        Assert.Equal(1, await PurgeAsync(sessionId, paidDaysAgo: 366));

        Assert.Null(await archive.ReadAsync(ArchivePath.OrderRecord(reference), CancellationToken.None));
        Assert.Empty(await ReportsAsync(sessionId));
        Assert.NotNull((await SessionAsync(sessionId)).ReportsDeletedAt);
        Assert.Equal(1, await PaymentCountAsync(sessionId));
    }

    /// <summary>Dates the order's payment back and runs the retention cleanup once.</summary>
    private async Task<int> PurgeAsync(string sessionId, int paidDaysAgo)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var paidAt = _app.Services.GetRequiredService<TimeProvider>().GetUtcNow() - TimeSpan.FromDays(paidDaysAgo);
        await scope.ServiceProvider.GetRequiredService<CarPulseDb>().ReportJobs.Where(job => job.OrderSessionId == sessionId)
            .ExecuteUpdateAsync(update => update.SetProperty(job => job.CreatedAt, paidAt));
        return await scope.ServiceProvider.GetRequiredService<ArchiveRetention>().PurgeAsync(CancellationToken.None);
    }

    private async Task<OrderSession> SessionAsync(string sessionId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CarPulseDb>().OrderSessions.AsNoTracking().SingleAsync(s => s.Id == sessionId);
    }

    private async Task<List<VehicleReport>> ReportsAsync(string sessionId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CarPulseDb>().VehicleReports.AsNoTracking().Where(r => r.OrderSessionId == sessionId).ToListAsync();
    }

    private async Task<int> PaymentCountAsync(string sessionId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CarPulseDb>().Payments.CountAsync(p => p.OrderSessionId == sessionId);
    }

    public void Dispose() => _app.Dispose();
}
