namespace CarPulse.Web.Simulators.Tesla;

/// <summary>The stable names in <see cref="SimulatedCall.Endpoint"/>, also accepted as fault-knob filters.</summary>
public static class SimulatedEndpoints
{
    public const string AuthorizationCode = "token:authorization_code";
    public const string RefreshToken = "token:refresh_token";
    public const string ClientCredentials = "token:client_credentials";
    public const string Region = "region";
    public const string Vehicles = "vehicles";
    public const string Vehicle = "vehicle";
    public const string WakeUp = "wake_up";
    public const string VehicleData = "vehicle_data";
    public const string ChargingHistory = "charging_history";
    public const string ChargingInvoice = "charging_invoice";
    public const string RecentAlerts = "recent_alerts";
    public const string ServiceData = "service_data";
    public const string Warranty = "warranty";
    public const string ReleaseNotes = "release_notes";
    public const string Options = "options";
    public const string Specs = "specs";

    /// <summary>A filter that matches every grant of the token endpoint.</summary>
    public const string AnyToken = "token";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        AuthorizationCode, RefreshToken, ClientCredentials, Region, Vehicles, Vehicle, WakeUp, VehicleData, ChargingHistory,
        ChargingInvoice, RecentAlerts, ServiceData, Warranty, ReleaseNotes, Options, Specs,
    };

    /// <summary>True when <paramref name="endpoint"/> may filter a fault: a call name, or <see cref="AnyToken"/>.</summary>
    public static bool IsFilter(string endpoint) => endpoint == AnyToken || All.Contains(endpoint);

    /// <summary>True when a knob filtered to <paramref name="filter"/> applies to a call of <paramref name="endpoint"/>.</summary>
    internal static bool Matches(string? filter, string endpoint) =>
        filter is null || filter == endpoint || (filter == AnyToken && endpoint.StartsWith(AnyToken + ":", StringComparison.Ordinal));
}
