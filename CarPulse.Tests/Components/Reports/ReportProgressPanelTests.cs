using System.Text.Json;
using Bunit;
using CarPulse.Domain.Archive;
using CarPulse.Domain.LiveUpdates;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Pricing;
using CarPulse.Domain.Reports;
using CarPulse.Tests.Support;
using CarPulse.Tests.Support.Engines;
using CarPulse.Web.Features.Reports;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CarPulse.Tests.Components.Reports;

public sealed class ReportProgressPanelTests : CarPulseTestContext
{
    private readonly TestDatabase _database;
    private readonly ReportProgressBoard _board = new(new InProcessEventBus(NullLogger<InProcessEventBus>.Instance));
    private readonly TemporaryDirectory _archiveDirectory = new();
    private readonly FileSystemOrderArchive _archive;

    public ReportProgressPanelTests()
    {
        _database = UseDatabase(new FakeTimeProvider(OrderSessionBuilder.Now));
        _archive = new FileSystemOrderArchive(_archiveDirectory.Path);
        Services.AddSingleton(_board);
        Services.AddSingleton<IOrderArchive>(_archive);
        Services.AddScoped<ChargingInvoiceStore>();
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
    public async Task A_finished_order_whose_car_stayed_asleep_says_the_report_could_not_be_built_and_how_to_wake_it()
    {
        var session = await SeedAsync(new OrderSessionBuilder().WithVehicles(1).InStatus(OrderStatus.Complete).Build());
        await SaveAsync(VehicleReport.From(session.Id, session.Vehicles[0].Id, new Dictionary<string, JsonElement>(),
            new Dictionary<string, string> { ["vehicle_data"] = MissingReason.Asleep }, OrderSessionBuilder.Now));

        var panel = Render<ReportProgressPanel>(p => p.Add(x => x.SessionId, session.Id));

        Assert.Equal("1 of 1 reports could not be built: Tesla did not give us the car's data. See below what you can do.",
            panel.Find("[data-testid=report-summary]").TextContent.Trim());
        Assert.Contains("Open the Tesla app on your phone to wake it", panel.Find("[data-testid=wake-hint]").TextContent);
        Assert.Contains(session.Reference, panel.Find("[data-testid=order-reference]").TextContent);
    }

    [Fact]
    public async Task A_reconnect_with_another_tesla_account_is_explained_on_the_order()
    {
        var session = await SeedAsync(new OrderSessionBuilder().WithVehicles(1).InStatus(OrderStatus.Complete).Build());
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/order/{session.Id}?reconnect=other_account");

        var panel = Render<ReportProgressPanel>(p => p.Add(x => x.SessionId, session.Id));

        Assert.Equal("That Tesla account does not hold the cars of this order. Sign in with the account you ordered with.",
            panel.Find("[data-testid=reconnect-refused]").TextContent.Trim());
    }

    [Fact]
    public async Task An_order_past_its_retention_period_says_its_reports_were_deleted()
    {
        var session = new OrderSessionBuilder().WithVehicles(1).InStatus(OrderStatus.Complete).Build();
        session.ReportsDeleted(OrderSessionBuilder.Now);
        await SeedAsync(session);

        var panel = Render<ReportProgressPanel>(p => p.Add(x => x.SessionId, session.Id));

        Assert.Contains("were deleted when the retention period ended", panel.Find("[data-testid=reports-deleted]").TextContent);
        Assert.Empty(panel.FindAll("[data-testid=report-summary]"));
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

    [Fact]
    public async Task A_report_with_missing_parts_offers_its_pdf_and_a_retry_through_a_tesla_reconnect()
    {
        var session = await SeedAsync(new OrderSessionBuilder().WithVehicles(1).WithPackage(PackageName.Pro).InStatus(OrderStatus.Complete).Build());
        var vehicle = session.Vehicles[0];
        await SaveAsync(VehicleReport.From(session.Id, vehicle.Id, new Dictionary<string, JsonElement> { ["charging_history"] = JsonDocument.Parse("[]").RootElement },
            new Dictionary<string, string> { ["warranty"] = MissingReason.Unavailable }, OrderSessionBuilder.Now));

        var panel = Render<ReportProgressPanel>(p => p.Add(x => x.SessionId, session.Id));

        var order = Uri.EscapeDataString(session.Id);
        Assert.Equal($"/api/v1/tesla/session/{order}/vehicles/{vehicle.Id}/report.pdf", panel.Find("[data-testid=report-pdf]").GetAttribute("href"));
        Assert.Equal($"/connect/tesla?order={order}&then=retry", panel.Find("[data-testid=report-retry]").GetAttribute("href"));
        Assert.Contains("You do not pay again.", panel.Markup);
        Assert.Empty(panel.FindAll("[data-testid=invoices-fetch]"));
    }

    [Fact]
    public async Task Charging_invoices_are_fetched_from_tesla_on_request_and_then_offered_as_a_zip()
    {
        var session = await SeedAsync(new OrderSessionBuilder().WithVehicles(1).WithPackage(PackageName.Pro).InStatus(OrderStatus.Complete).Build());
        var vehicle = session.Vehicles[0];
        var charging = JsonSerializer.SerializeToElement(new[]
        {
            new
            {
                session_id = 7,
                vin = vehicle.Vin,
                invoices = new[]
                {
                    new { file_name = "INV-1.pdf", content_id = "c-1", invoice_type = "IMMEDIATE" },
                    new { file_name = "INV-2.pdf", content_id = "c-2", invoice_type = "IMMEDIATE" },
                },
            },
        });
        await SaveAsync(VehicleReport.From(session.Id, vehicle.Id, new Dictionary<string, JsonElement> { ["charging_history"] = charging }, new Dictionary<string, string>(), OrderSessionBuilder.Now));

        var before = Render<ReportProgressPanel>(p => p.Add(x => x.SessionId, session.Id));
        Assert.Equal("Get 2 charging invoices from Tesla", before.Find("[data-testid=invoices-fetch]").TextContent.Trim());
        Assert.Equal($"/connect/tesla?order={Uri.EscapeDataString(session.Id)}&then=invoices", before.Find("[data-testid=invoices-fetch]").GetAttribute("href"));
        Assert.Empty(before.FindAll("[data-testid=report-retry]"));

        foreach (var contentId in new[] { "c-1", "c-2" })
        {
            await _archive.WriteAsync(ArchivePath.ChargingInvoice(session.Reference, contentId), "%PDF-1.4"u8.ToArray(), CancellationToken.None);
        }

        var after = Render<ReportProgressPanel>(p => p.Add(x => x.SessionId, session.Id));
        Assert.Equal("Download 2 charging invoices (ZIP)", after.Find("[data-testid=invoices-zip]").TextContent.Trim());
        Assert.Empty(after.FindAll("[data-testid=invoices-fetch]"));
    }

    [Fact]
    public async Task While_blob_storage_is_down_the_reports_still_show_and_say_the_invoices_cannot_be_listed_just_now()
    {
        var unreachable = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Convert.ToBase64String(new byte[64])};BlobEndpoint=http://127.0.0.1:{EngineProcess.FreePort()}/devstoreaccount1;";
        Services.AddSingleton<IOrderArchive>(new AzureBlobOrderArchive(AzureBlobOrderArchive.Connect(unreachable, "archive")));
        var session = await SeedAsync(new OrderSessionBuilder().WithVehicles(1).WithPackage(PackageName.Pro).InStatus(OrderStatus.Complete).Build());
        var charging = JsonSerializer.SerializeToElement(new[] { new { session_id = 7, vin = session.Vehicles[0].Vin, invoices = new[] { new { file_name = "INV-1.pdf", content_id = "c-1", invoice_type = "IMMEDIATE" } } } });
        await SaveAsync(VehicleReport.From(session.Id, session.Vehicles[0].Id, new Dictionary<string, JsonElement> { ["charging_history"] = charging }, new Dictionary<string, string>(), OrderSessionBuilder.Now));

        var panel = Render<ReportProgressPanel>(p => p.Add(x => x.SessionId, session.Id));

        panel.WaitForAssertion(() => Assert.Equal(
            "Your charging invoices cannot be listed just now. Please try again in a minute.", panel.Find("[data-testid=invoices-unavailable]").TextContent.Trim()), TimeSpan.FromSeconds(20));
        Assert.Equal("All reports are ready.", panel.Find("[data-testid=report-summary]").TextContent.Trim());
        Assert.NotNull(panel.Find("[data-testid=report-pdf]"));
    }

    [Fact]
    public async Task An_order_waiting_for_a_tesla_reconnect_says_so_and_that_the_payment_stands()
    {
        var session = new OrderSessionBuilder().WithVehicles(1).WithPackage(PackageName.Pro).InStatus(OrderStatus.Generating).Build();
        session.NeedTeslaReconnect();
        await SeedAsync(session);

        var panel = Render<ReportProgressPanel>(p => p.Add(x => x.SessionId, session.Id));

        Assert.Equal("Your Tesla connection expired. Please reconnect. Your payment stands: you do not pay again.",
            System.Text.RegularExpressions.Regex.Replace(panel.Find("[data-testid=reconnect-needed]").TextContent, @"\s+", " ").Trim());
        Assert.Equal($"/connect/tesla?order={Uri.EscapeDataString(session.Id)}&then=retry", panel.Find("[data-testid=reconnect]").GetAttribute("href"));
    }

    private static IReadOnlyList<string> Lines(AngleSharp.Dom.IElement card) =>
        card.QuerySelectorAll("li").Select(line => System.Text.RegularExpressions.Regex.Replace(line.TextContent, @"\s+", " ").Trim()).ToList();

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _archiveDirectory.Dispose();
    }

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
