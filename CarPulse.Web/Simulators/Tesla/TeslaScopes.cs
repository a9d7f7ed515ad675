using System.Collections.Frozen;

namespace CarPulse.Web.Simulators.Tesla;

/// <summary>Tesla's OAuth scopes (reference §1) and how the consent screen describes them.</summary>
internal static class TeslaScopes
{
    public const string OpenId = "openid";
    public const string OfflineAccess = "offline_access";
    public const string VehicleDeviceData = "vehicle_device_data";
    public const string VehicleLocation = "vehicle_location";
    public const string VehicleChargingCommands = "vehicle_charging_cmds";
    public const string VehicleSpecs = "vehicle_specs";

    /// <summary>Scopes a user can grant; the rest (<c>vehicle_specs</c>, <c>vehicle_pricing_info</c>) are partner-only.</summary>
    public static FrozenDictionary<string, string> UserScopes { get; } = new Dictionary<string, string>
    {
        [OpenId] = "Sign you in with your Tesla account",
        [OfflineAccess] = "Stay connected when you are away (refresh token)",
        ["user_data"] = "Your profile: name and e-mail address",
        [VehicleDeviceData] = "Vehicle information: live data, service history, upgrades, ownership",
        [VehicleLocation] = "Vehicle location",
        ["vehicle_cmds"] = "Vehicle commands",
        [VehicleChargingCommands] = "Charging history, billed amounts and charging commands",
        ["energy_device_data"] = "Energy product information",
        ["energy_cmds"] = "Energy product commands",
        ["enterprise_management"] = "Enterprise management",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyList<string> Split(string? scope) =>
        (scope ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToArray();
}
