using System.Text.Json;
using CarPulse.Domain.Documents;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Pricing;
using CarPulse.Domain.Reports;
using CarPulse.Domain.Tesla;
using CarPulse.Domain.Vehicles;

namespace CarPulse.Tests.Domain.Documents;

/// <summary>
/// Realistic saved reports for the vehicle PDF: every module of a package in Tesla's shapes, and a charging history
/// of a Finnish car that also charged in Sweden (sessions in EUR and SEK over a year and a half). The benchmarks
/// link this file too, so they render exactly what the tests check.
/// </summary>
internal static class VehicleReports
{
    public const string FullVin = "5YJ3E7EB2NF123456";

    /// <summary>A name as a user may type it: markup, an ampersand, quotes and a non-ASCII letter, all of which must stay plain text.</summary>
    public const string HostileName = "<script>alert(1)</script> & \"Ä\"";

    public static readonly SessionVehicle Car = new(42, FullVin, HostileName, VehicleState.Online, "model3");

    public static readonly DateTimeOffset GeneratedAt = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static readonly VerificationLink Verification = new("ABCD2345", "https://carpulse.example/verify/ABCD2345");

    public static VehicleReportPdf Pdf(PackageName package, int sessions = 120, IReadOnlyDictionary<string, string>? missing = null) =>
        new(Car, Report(package, sessions, missing), "CP-7K2M9QXA", package, GeneratedAt, Verification)
        {
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki"),
        };

    /// <summary>The package's modules, less the <paramref name="missing"/> ones (wire name → reason).</summary>
    public static VehicleReport Report(PackageName package, int sessions = 120, IReadOnlyDictionary<string, string>? missing = null)
    {
        missing ??= new Dictionary<string, string>();
        var modules = PackageCatalog.Get(package).Modules
            .Where(module => !missing.ContainsKey(module.ToWireName()))
            .ToDictionary(module => module.ToWireName(), module => ModuleJson.Serialize(Module(module, sessions)));
        return VehicleReport.From("session", Car.Id, modules, missing, GeneratedAt);
    }

    private static ModuleData Module(ReportModule module, int sessions) => module switch
    {
        ReportModule.VehicleData => new VehicleDataModule(Data()),
        ReportModule.ChargingHistory => new ChargingHistoryModule(Charging(sessions)),
        ReportModule.RecentAlerts => new RecentAlertsModule(
        [
            new("VCFRONT_a192_brakeFluidLow", GeneratedAt.AddDays(-3), ["customer"], "Brake fluid level low"),
            new("UMC_a9_unableToCharge", GeneratedAt.AddDays(-40), ["customer"], null),
        ]),
        ReportModule.ServiceData => new ServiceDataModule(new ServiceStatus(null, null, null, null)),
        ReportModule.Warranty => new WarrantyModule(new WarrantyDetails(
            [
                new("BASIC", "Basic Vehicle Limited Warranty", new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero), 80_000, "km", null, 4),
                new("BATTERY", "Battery and Drive Unit Limited Warranty", new DateTimeOffset(2030, 12, 31, 0, 0, 0, TimeSpan.Zero), 192_000, "km", null, 8),
            ],
            [],
            [])),
        ReportModule.ReleaseNotes => new ReleaseNotesModule(new ReleaseNotes(
            [
                new("Supercharger Site Info", null, "See the number of free stalls before you arrive.", "2025.20.6", null),
                new("Dashcam Viewer", null, "Review clips on the touchscreen.", "2025.20.6", null),
            ],
            202520,
            null)),
        ReportModule.Options => new OptionsModule(
        [
            new("APBS", "Autopilot", true, null),
            new("PMNG", "Midnight Silver Metallic Paint", true, "MidnightSilver"),
            new("W38B", "18\" Aero Wheels", true, null),
        ]),
        ReportModule.VehicleSpecs => new VehicleSpecsModule(new VehicleSpecs(JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["battery_capacity_kwh"] = 75,
            ["motor_configuration"] = "Dual Motor",
            ["drive_unit_front"] = "3D3",
            ["seating_capacity"] = 5,
        }))),
        _ => throw new ArgumentOutOfRangeException(nameof(module), module, "No fixture for this module."),
    };

    private static VehicleData Data() => new(
        Car.Id, Car.Vin, "online", Car.DisplayName,
        new ChargeState(80, 80, 272, 260, 272, 90, 12.5, "Disconnected", null, null, null, false, null),
        new ClimateState(21.5, 4, 21, false, false, "off", null),
        new DriveState(60.1699, 24.9384, 90, null, "P", null, 0, null),
        new GuiSettings("km/hr", "C", "Rated", "kW", "Bar", true),
        new VehicleConfig("model3", "74d", "MidnightSilver", "Pinwheel18", null, null, true, false, "CCS", null, null),
        new VehicleStatus(
            18_640, "2025.20.6", Car.DisplayName, true, true, false, "Recording",
            2.9, 2.9, 2.4, 2.9, false, false, true, false, false, false, false, false, null, null));

    /// <summary><paramref name="count"/> sessions, one every four days back from the report date; every fifth in Sweden (SEK).</summary>
    private static List<ChargingSession> Charging(int count) => [.. Enumerable.Range(0, count).Select(index =>
    {
        var swedish = index % 5 == 4;
        var start = GeneratedAt.AddDays(-4 * (index + 1)).ToOffset(TimeSpan.FromHours(2)).AddHours(index % 9);
        var kwh = 18m + (index * 7 % 45);
        var (currency, price, site) = swedish
            ? ("SEK", 4.2m + (index % 4 * 0.3m), "Stockholm, SE - Barkarby")
            : ("EUR", 0.34m + (index % 6 * 0.03m), Sites[index % Sites.Length]);
        ChargingFee[] fees =
        [
            new(1, "CHARGING", currency, "PAYMENT", price, kwh, 0m, 0m, null, null, Math.Round(kwh * price, 2), Math.Round(kwh * price, 2), "kwh", true, "PAID"),
            new(2, "PARKING", currency, "NO_CHARGE", 0.5m, 0m, 0m, 0m, null, null, 0m, 0m, "min", true, "PAID"),
        ];
        return new ChargingSession(
            10_000 + index, FullVin, site, start, start.AddMinutes(28), start.AddMinutes(31), swedish ? "SE" : "FI", fees,
            "IMMEDIATE", [new ChargingInvoice($"SC-{index}.pdf", $"content-{index}", "IMMEDIATE")], "TSLA");
    })];

    private static readonly string[] Sites =
    [
        "Helsinki, FI - Ruoholahti",
        "Vantaa, FI - Jumbo",
        "Tampere, FI - Lielahti",
        "Lahti, FI - Karisma",
        "Turku, FI - Skanssi",
        "Hämeenlinna, FI - Goodman",
    ];
}
