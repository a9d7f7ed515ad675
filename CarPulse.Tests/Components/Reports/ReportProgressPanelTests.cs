using System.Text.Json;
using Bunit;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Pricing;
using CarPulse.Domain.Reports;
using CarPulse.Tests.Support;
using CarPulse.Web.Features.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CarPulse.Tests.Components.Reports;

public sealed class ReportProgressPanelTests : CarPulseTestContext
{
    private readonly TestDatabase _database;
    private readonly ReportProgressBoard _board = new();

    public ReportProgressPanelTests()
    {
        _database = UseDatabase(new FakeTimeProvider(OrderSessionBuilder.Now));
        Services.AddSingleton(_board);
    }

    [Fact]
    public async Task Each_vehicle_shows_its_modules_live_and_a_saved_vehicle_shows_what_is_missing_and_why()
    {
        var session = await SeedAsync(new OrderSessionBuilder().WithVehicles(2).WithPackage(PackageName.Pro).InStatus(OrderStatus.Generating).Build());
        var (saved, building) = (session.Vehicles[0], session.Vehicles[1]);
        await SaveAsync(VehicleReport.From(session.Id, saved.Id, new Dictionary<string, JsonElement> { ["charging_history"] = JsonDocument.Parse("[]").RootElement },
            new Dictionary<string, string> { ["vehicle_data"] = MissingReason.Asleep }, OrderSessionBuilder.Now));
        _board.Set(session.Id, building.Id, ReportModule.ChargingHistory, ModuleProgress.Fetching);

        var panel = Render<ReportProgressPanel>(p => p.Add(x => x.SessionId, session.Id));

        Assert.Equal("Building 1 of 2 reports…", panel.Find("[data-testid=report-summary]").TextContent.Trim());
        var cards = panel.FindAll("[data-testid=vehicle-progress]");
        Assert.Equal("Ready, with some parts missing", cards[0].QuerySelector("[data-testid=vehicle-status]")?.TextContent.Trim());
        Assert.Contains("Vehicle data Missing — the car stayed asleep", Lines(cards[0]));
        Assert.Equal(7, cards[1].QuerySelectorAll("li").Length);
        Assert.Contains("Charging history Fetching from Tesla…", Lines(cards[1]));

        _board.Set(session.Id, building.Id, ReportModule.ChargingHistory, ModuleProgress.Done);

        panel.WaitForAssertion(() => Assert.Contains("Charging history Done", Lines(panel.FindAll("[data-testid=vehicle-progress]")[1])));
    }

    [Fact]
    public async Task A_complete_order_says_all_reports_are_ready()
    {
        var session = await SeedAsync(new OrderSessionBuilder().WithVehicles(1).InStatus(OrderStatus.Complete).Build());
        await SaveAsync(VehicleReport.From(session.Id, session.Vehicles[0].Id, new Dictionary<string, JsonElement>(), new Dictionary<string, string>(), OrderSessionBuilder.Now));

        var panel = Render<ReportProgressPanel>(p => p.Add(x => x.SessionId, session.Id));

        Assert.Equal("All reports are ready.", panel.Find("[data-testid=report-summary]").TextContent.Trim());
        Assert.Single(panel.FindAll("[data-testid=vehicle-report]"));
        Assert.Empty(panel.FindAll("[data-testid=report-tabs]"));
        Assert.Empty(panel.FindAll("[data-testid=vehicle-progress]"));
    }

    [Fact]
    public async Task A_complete_fleet_order_gets_a_tab_per_vehicle()
    {
        var session = await SeedAsync(new OrderSessionBuilder().WithVehicles(3).InStatus(OrderStatus.Complete).Build());
        foreach (var vehicle in session.Vehicles)
        {
            await SaveAsync(VehicleReport.From(session.Id, vehicle.Id, new Dictionary<string, JsonElement>(), new Dictionary<string, string>(), OrderSessionBuilder.Now));
        }

        var panel = Render<ReportProgressPanel>(p => p.Add(x => x.SessionId, session.Id));

        Assert.Equal(session.Vehicles.Select(v => v.DisplayName), panel.FindAll(".mud-tab").Select(tab => tab.TextContent.Trim()));
    }

    private static IReadOnlyList<string> Lines(AngleSharp.Dom.IElement card) =>
        card.QuerySelectorAll("li").Select(line => System.Text.RegularExpressions.Regex.Replace(line.TextContent, @"\s+", " ").Trim()).ToList();

    private async Task<OrderSession> SeedAsync(OrderSession session)
    {
        await using var db = _database.Open();
        db.OrderSessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }

    private async Task SaveAsync(VehicleReport report)
    {
        await using var db = _database.Open();
        db.VehicleReports.Add(report);
        await db.SaveChangesAsync();
    }
}
