using System.Text.Json.Serialization;

namespace CarPulse.Web.Simulators.Tesla.Fixtures;

/// <summary>One entry of <c>GET /api/1/dx/vehicles/options</c>; only paint carries a colour code.</summary>
internal sealed record FactoryOption(
    string Code,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ColorCode,
    string DisplayName,
    bool IsActive);

/// <summary>The option codes a car was built with, derived from its trim, paint and market.</summary>
internal static class FactoryOptions
{
    private static readonly FactoryOption[] Autopilot =
    [
        new("$APBS", null, "Basic Autopilot", true),
        new("$APPB", null, "Enhanced Autopilot", true),
        new("$APF2", null, "Full Self-Driving Capability", true),
    ];

    public static IReadOnlyList<FactoryOption> For(SimulatedVehicle vehicle) => For(vehicle.Vin, vehicle.Trim, vehicle.Paint, vehicle.EuVehicle);

    public static IReadOnlyList<FactoryOption> For(string vin, CarTrim trim, Paint paint, bool euVehicle)
    {
        var random = new FixtureRandom("options:" + vin);
        var options = new List<FactoryOption>
        {
            new("$" + trim.OptionCode, null, $"{trim.Model} {trim.Name}", true),
            new("$" + paint.Code, paint.Code, paint.Name, true),
            new("$" + trim.Wheels.Code, null, trim.Wheels.Name, true),
            random.Chance(70) ? new("$IPB0", null, "All Black Premium Interior", true) : new("$IPW0", null, "Black and White Premium Interior", true),
            random.Pick(Autopilot),
            euVehicle ? new("$CPF0", null, "CCS Combo 2 Charge Port", true) : new("$CPF1", null, "North American Charging Standard Port", true),
            new($"$ST{trim.Seats}P", null, $"{trim.Seats} Seat Interior", true),
        };
        if (trim.Model is "Model Y" or "Model X" or "Cybertruck")
        {
            options.Add(new("$TW01", null, "Tow Hitch", true));
        }

        return options;
    }
}
