using System.Text.Json;
using Bunit;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Reports;
using CarPulse.Domain.Tesla;
using CarPulse.Domain.Vehicles;
using CarPulse.Web.Features.Reports;

namespace CarPulse.Tests.Components.Reports;

public sealed class VehicleDashboardTests : CarPulseTestContext
{
    private static readonly SessionVehicle Car = new(1, "5YJ3E7EB2NF123456", "<b>Aurora</b>", VehicleState.Online, "model3");

    [Fact]
    public void Values_follow_the_cars_units_and_the_name_is_text_not_markup()
    {
        var dashboard = Render(Report(Data(distanceUnits: "km/hr", odometerMiles: 10_000, rangeMiles: 286.4, level: 80)));

        Assert.Empty(dashboard.FindAll("b"));
        Assert.Contains("<b>Aurora</b>", dashboard.Find("dl.facts").TextContent);
        Assert.Contains("16,093 km", Facts(dashboard));
        Assert.Contains("461 km", Facts(dashboard));
        Assert.Contains("80 %", Facts(dashboard));
    }

    [Fact]
    public void A_car_set_to_miles_is_shown_in_miles()
    {
        var dashboard = Render(Report(Data(distanceUnits: "mi/hr", odometerMiles: 10_000, rangeMiles: 286.4, level: 80)));

        Assert.Contains("10,000 mi", Facts(dashboard));
        Assert.Contains("286 mi", Facts(dashboard));
    }

    [Fact]
    public void A_missing_module_is_named_with_its_reason_and_the_rest_is_shown()
    {
        var dashboard = Render(Report(Data(), missing: new() { ["warranty"] = MissingReason.Unavailable }, charging: []));

        Assert.Equal("Warranty could not be fetched: Tesla could not be reached.", dashboard.Find("[data-testid=missing-module]").TextContent.Trim());
        Assert.Contains("No Supercharger sessions on record for this car.", dashboard.Find("[data-testid=charging-section]").TextContent);
    }

    [Fact]
    public void A_2022_long_range_at_80_percent_shows_a_battery_health_estimate_with_its_confidence()
    {
        var dashboard = Render(Report(Data(distanceUnits: "mi/hr", odometerMiles: 20_000, rangeMiles: 272, level: 80, trim: "74d")));

        var health = dashboard.Find("[data-testid=battery-health]").TextContent;
        Assert.Contains("Battery health (estimate): 95.0 %", health);
        Assert.Contains("Confidence: High", health);
    }

    [Fact]
    public void Every_report_says_where_and_when_its_data_came_from()
    {
        var dashboard = Render(Report(Data()));

        Assert.StartsWith("Data from the Tesla Fleet API, fetched", dashboard.Find("[data-testid=report-source]").TextContent.Trim());
    }

    private IRenderedComponent<VehicleDashboard> Render(VehicleReport report) =>
        Render<VehicleDashboard>(p => p.Add(x => x.SessionId, "session").Add(x => x.Vehicle, Car).Add(x => x.Report, report).Add(x => x.Content, VehicleReportContent.Read(report)));

    private static string Facts(IRenderedComponent<VehicleDashboard> dashboard) =>
        string.Join(" | ", dashboard.FindAll("dl.facts div").Select(fact => System.Text.RegularExpressions.Regex.Replace(fact.TextContent, @"\\s+", " ").Trim()));

    private static VehicleData Data(string distanceUnits = "km/hr", double odometerMiles = 1000, double rangeMiles = 200, int level = 70, string? trim = null) => new(
        Car.Id, Car.Vin, "online", Car.DisplayName,
        new ChargeState(level, level, rangeMiles, rangeMiles, rangeMiles, 90, null, "Disconnected", null, null, null, null, null),
        new ClimateState(21, 5, 21, false, false, null, null),
        null,
        new GuiSettings(distanceUnits, "C", "Rated", "kW", "Bar", true),
        new VehicleConfig("model3", trim, "MidnightSilver", "Pinwheel18", null, null, true, false, "CCS", null, null),
        new VehicleStatus(odometerMiles, "2025.20.6", Car.DisplayName, true, false, false, "Available", 2.9, 2.9, 2.9, 2.9, false, false, false, false, false, false, false, false, null, null));

    private static VehicleReport Report(VehicleData data, Dictionary<string, string>? missing = null, IReadOnlyList<ChargingSession>? charging = null)
    {
        var modules = new Dictionary<string, JsonElement> { ["vehicle_data"] = ModuleJson.Serialize(new VehicleDataModule(data)) };
        if (charging is not null)
        {
            modules["charging_history"] = ModuleJson.Serialize(new ChargingHistoryModule(charging));
        }

        return VehicleReport.From("session", Car.Id, modules, missing ?? [], new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    }
}
