using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Reports;
using CarPulse.Tests.Support;
using CarPulse.Web.Simulators.Tesla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Http.Reports;

/// <summary>From a paid order to saved reports, against the Tesla simulator over real HTTP.</summary>
public abstract class ReportGenerationTests : IDisposable
{
    private readonly CarPulseApp _app;
    private readonly TeslaSignIn _tesla;

    protected ReportGenerationTests(DatabaseProvider provider)
    {
        _app = CarPulseApp.WithTeslaSimulator(
            provider, ("Reports:PollInterval", "00:00:00.100"), CountedCalls.PatientAttempts);
        _tesla = new TeslaSignIn(_app);
    }

    private HttpClient Api => _tesla.Browser;

    private TeslaSimulator Simulator => _app.Services.GetRequiredService<TeslaSimulator>();

    [Fact]
    public async Task A_paid_two_car_pro_order_is_built_with_exactly_the_packages_calls_and_a_wake_up_for_the_sleeping_car()
    {
        var sessionId = await _tesla.PayFreeAsync("two-cars", "pro");

        var reports = await CompleteReportsAsync(sessionId);

        Assert.Equal("complete", reports.GetProperty("status").GetString());
        var vehicles = reports.GetProperty("reports").EnumerateObject().Select(report => report.Value).ToList();
        Assert.Equal(2, vehicles.Count);
        Assert.All(vehicles, report =>
        {
            Assert.Equal("complete", report.GetProperty("status").GetString());
            Assert.Equal(
                ["charging_history", "options", "recent_alerts", "release_notes", "service_data", "vehicle_data", "warranty"],
                report.GetProperty("modules").EnumerateObject().Select(module => module.Name).Order());
            Assert.Empty(report.GetProperty("missing").EnumerateArray());
        });
        var family = vehicles.Single(report => report.GetProperty("vehicle").GetProperty("display_name").GetString() == "Family");
        Assert.Contains("****", family.GetProperty("vehicle").GetProperty("vin").GetString());
        string[] pro = ["charging_history", "options", "recent_alerts", "release_notes", "service_data", "vehicle_data", "warranty"];
        var calls = Simulator.Calls.Where(call => call.AccountId == "two-cars" && call.VehicleTag is not null).ToList();
        var online = vehicles.Single(report => report.GetProperty("vehicle").GetProperty("display_name").GetString() == "JT3");
        var onlineVin = calls.First(call => call.Endpoint == "vehicle_data" && call.Status == 200 && call.VehicleTag != calls.Single(c => c.Endpoint == "wake_up").VehicleTag).VehicleTag;
        Assert.Equal(pro, calls.Where(call => call.VehicleTag == onlineVin).Select(call => call.Endpoint).Order());
        var asleep = calls.Where(call => call.VehicleTag != onlineVin).ToList();
        Assert.Equal(pro, asleep.Where(call => call.Status == 200 && pro.Contains(call.Endpoint)).Select(call => call.Endpoint).Order());
        Assert.Single(asleep, call => call.Endpoint == "wake_up");
        Assert.Single(asleep, call => call.Status == 408);
        Assert.Equal("complete", online.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Generation_ends_the_tesla_connection_the_order_no_longer_needs()
    {
        var sessionId = await _tesla.PayFreeAsync("one-car", "basic");

        await CompleteReportsAsync(sessionId);

        await using var scope = _app.Services.CreateAsyncScope();
        var session = await scope.ServiceProvider.GetRequiredService<CarPulseDb>().OrderSessions.SingleAsync(s => s.Id == sessionId);
        Assert.Equal(OrderStatus.Complete, session.Status);
        Assert.Null(session.Tokens);
    }

    [Fact]
    public async Task A_car_that_never_wakes_gives_a_report_that_names_what_is_missing_and_why()
    {
        var sessionId = await _tesla.PayFreeAsync("sleepy", "pro");

        var reports = await CompleteReportsAsync(sessionId);

        var report = Assert.Single(reports.GetProperty("reports").EnumerateObject()).Value;
        Assert.Equal("partial", report.GetProperty("status").GetString());
        var missing = report.GetProperty("missing").EnumerateArray().Select(m => (m.GetProperty("module").GetString(), m.GetProperty("reason").GetString())).ToList();
        Assert.Contains(("vehicle_data", "vehicle_asleep"), missing);
        Assert.True(report.GetProperty("modules").TryGetProperty("charging_history", out _));
    }

    [Fact]
    public async Task Generate_is_idempotent_and_a_complete_order_answers_its_reports()
    {
        var sessionId = await _tesla.PayFreeAsync("one-car", "basic");
        await CompleteReportsAsync(sessionId);
        var before = Simulator.Calls.Count;

        var again = await Api.PostAsJsonAsync("/api/v1/reports/generate", new { session_id = sessionId });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("complete", body.GetProperty("status").GetString());
        await Task.Delay(300);
        Assert.Equal(before, Simulator.Calls.Count);
    }

    [Fact]
    public async Task Reports_of_an_unpaid_order_are_a_conflict()
    {
        var sessionId = await _tesla.ConnectAsync("one-car");

        var generate = await Api.PostAsJsonAsync("/api/v1/reports/generate", new { session_id = sessionId });
        var read = await Api.GetAsync($"/api/v1/tesla/report/{sessionId}");

        Assert.Equal("connected", (await generate.AssertProblemAsync(HttpStatusCode.Conflict)).GetProperty("current_status").GetString());
        await read.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    public void Dispose()
    {
        _tesla.Browser.Dispose();
        _app.Dispose();
    }


    private async Task<JsonElement> CompleteReportsAsync(string sessionId)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (true)
        {
            var reports = await (await Api.GetAsync($"/api/v1/tesla/report/{sessionId}")).AssertOkJsonAsync();
            if (reports.GetProperty("status").GetString() == "complete" || DateTimeOffset.UtcNow > deadline)
            {
                return reports;
            }

            await Task.Delay(100);
        }
    }

    public sealed class OnSqlite() : ReportGenerationTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : ReportGenerationTests(DatabaseProvider.PostgreSql);
}
