using System.Security.Cryptography;
using System.Text;

namespace CarPulse.Web.Simulators.Tesla.Fixtures;

/// <summary>
/// An account's Supercharger history: sessions spread over about 18 months across the cars on the account and the
/// cars it sold (until they were sold), mostly at home sites, some on trips; one in eleven ends with an idle fee.
/// </summary>
internal static class ChargingHistory
{
    public static readonly DateOnly FirstDay = new(2025, 5, 4);
    public static readonly DateOnly LastDay = new(2026, 11, 15);

    private sealed record Car(string Vin, double BatteryKwh, DateOnly? SoldOn);

    public static IReadOnlyList<SimulatedChargingSession> Generate(
        string accountId, IReadOnlyList<SimulatedVehicle> vehicles, IReadOnlyList<SoldVehicle> sold, int count, SuperchargerNetwork network)
    {
        var random = new FixtureRandom(accountId);
        Car[] cars = [.. vehicles.Select(v => new Car(v.Vin, v.Trim.BatteryKwh, null)), .. sold.Select(s => new Car(s.Vin, s.Trim.BatteryKwh, s.SoldOn))];
        var days = LastDay.DayNumber - FirstDay.DayNumber;
        var sessionId = 51_000_000L + (long)(FixtureRandom.Hash(accountId) % 9_000) * 1_000;
        var sessions = new List<SimulatedChargingSession>(count);
        for (var index = 0; index < count; index++)
        {
            var day = FirstDay.AddDays((int)((index + random.NextDouble()) * days / count));
            var owned = cars.Where(car => car.SoldOn is not { } soldOn || day < soldOn).ToArray();
            sessionId += random.Next(1, 4_000);
            sessions.Add(Session(accountId, sessionId, random.Pick(owned), day, PickSite(random, network), random));
        }

        return sessions;
    }

    private static SuperchargerSite PickSite(FixtureRandom random, SuperchargerNetwork network) =>
        network.Travel.Count > 0 && random.Chance(22) ? random.Pick(network.Travel) : random.Pick(network.Home);

    private static SimulatedChargingSession Session(string accountId, long sessionId, Car car, DateOnly day, SuperchargerSite site, FixtureRandom random)
    {
        var kwh = Math.Round((decimal)(car.BatteryKwh * (0.15 + random.NextDouble() * 0.55)), 1);
        var averageKw = random.Next(55, 125);
        var start = LocalTime.At(day, TimeSpan.FromSeconds(random.Next(7 * 3600, 22 * 3600)), site.Time);
        var stop = start.AddSeconds(Math.Ceiling((double)kwh / averageKw * 3600) + random.Next(60, 240));
        var idleMinutes = random.Chance(9) ? random.Next(3, 15) : 0;
        var unlatch = stop.AddMinutes(idleMinutes > 0 ? idleMinutes + 5 : random.Next(0, 5)).AddSeconds(random.Next(0, 60));
        var charging = Fee(sessionId * 10 + 1, "CHARGING", site.Currency, "PAYMENT", site.PricePerKwh, kwh, "kwh");
        var parking = idleMinutes > 0
            ? Fee(sessionId * 10 + 2, "PARKING", site.Currency, "PAYMENT", site.IdleFeePerMinute, idleMinutes, "min")
            : Fee(sessionId * 10 + 2, "PARKING", site.Currency, "NO_CHARGE", 0m, 0m, "min");
        var invoice = new ChargingInvoice($"SC-{sessionId}-{site.CountryCode}.pdf", ContentId(accountId, sessionId), "IMMEDIATE");
        return new SimulatedChargingSession(
            sessionId, car.Vin, site.Name, start, stop, unlatch, site.CountryCode, [charging, parking], "IMMEDIATE", [invoice], "TSLA");
    }

    private static ChargingFee Fee(long id, string type, string currency, string pricing, decimal rate, decimal usage, string unit)
    {
        var total = Math.Round(rate * usage, 2, MidpointRounding.AwayFromZero);
        return new ChargingFee(
            id, type, currency, pricing, rate, 0m, 0m, null, null, usage, 0m, 0m, null, null,
            total, 0m, 0m, 0m, 0m, total, total, unit, IsPaid: true, Status: "PAID");
    }

    /// <summary>Looks like Tesla's opaque id, but is the same on every run.</summary>
    private static string ContentId(string accountId, long sessionId) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"{accountId}:{sessionId}")).AsSpan(0, 16)).ToString();
}
