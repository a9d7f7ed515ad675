using CarPulse.Domain.Tesla;

namespace CarPulse.Tests.Domain.Reports;

/// <summary>Hand-built Supercharger sessions shaped like Tesla's (and the simulator's) fee lines.</summary>
internal static class Sessions
{
    public const string Vin = "LRW3E7EB9MC215847";

    private static long _nextId = 1_000;

    public static ChargingSession At(
        string? site, DateTimeOffset? start, params ChargingFee[] fees) =>
        new(Interlocked.Increment(ref _nextId), Vin, site, start, start?.AddMinutes(30), start?.AddMinutes(32), "FI", fees,
            "IMMEDIATE", [new ChargingInvoice("SC-1-FI.pdf", "abc-123", "IMMEDIATE")], "TSLA");

    public static ChargingSession WithFees(IReadOnlyList<ChargingFee>? fees) =>
        new(Interlocked.Increment(ref _nextId), Vin, "Helsinki, FI - Ruoholahti", Day(2026, 1, 10), null, null, "FI", fees, null, null, null);

    public static ChargingFee Charging(decimal kwh, decimal total, string? currency = "EUR", string? uom = "kwh", string pricing = "PAYMENT") =>
        new(1, "CHARGING", currency, pricing, kwh == 0m ? 0m : total / kwh, kwh, 0m, 0m, null, null, total, total, uom, true, "PAID");

    public static ChargingFee Idle(decimal minutes, decimal total, string? currency = "EUR") =>
        new(2, "PARKING", currency, total == 0m ? "NO_CHARGE" : "PAYMENT", 0.5m, minutes, 0m, 0m, null, null, total, total, "min", true, "PAID");

    public static DateTimeOffset Day(int year, int month, int day, int offsetHours = 2) =>
        new(year, month, day, 12, 0, 0, TimeSpan.FromHours(offsetHours));
}
