namespace CarPulse.Domain.Tesla;

public enum TeslaMode
{
    /// <summary>The in-process Tesla simulator (demo accounts, fault knobs); the default in Development and tests.</summary>
    Simulator,

    /// <summary>Tesla's real auth server and Fleet API; needs a registered client id and secret.</summary>
    Live,
}

public sealed class TeslaOptions
{
    public const string Section = "Tesla";

    public TeslaMode Mode { get; init; } = TeslaMode.Live;

    /// <summary>A public demo may run the simulator in Production only when this is set on purpose.</summary>
    public bool AllowSimulatorInProduction { get; init; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Absolute callback URL registered with Tesla; unset means this host's <c>/oauth/tesla/callback</c>.</summary>
    public string? RedirectUri { get; init; }

    /// <summary>The least the reports need: refresh tokens, live data, location, charging history.</summary>
    public string Scopes { get; init; } = "openid offline_access vehicle_device_data vehicle_location vehicle_charging_cmds";

    public string AuthorizeUrl { get; init; } = "https://auth.tesla.com/oauth2/v3/authorize";

    public string TokenUrl { get; init; } = "https://fleet-auth.prd.vn.cloud.tesla.com/oauth2/v3/token";

    public Dictionary<FleetRegion, string> FleetBaseUrls { get; init; } = new()
    {
        [FleetRegion.NorthAmericaAsiaPacific] = "https://fleet-api.prd.na.vn.cloud.tesla.com",
        [FleetRegion.Europe] = "https://fleet-api.prd.eu.vn.cloud.tesla.com",
        [FleetRegion.China] = "https://fleet-api.prd.cn.vn.cloud.tesla.cn",
    };

    /// <summary>Simulator mode: where the app reaches itself; unset means the first address Kestrel listens on.</summary>
    public string? SimulatorBaseUrl { get; init; }

    /// <summary>The partner public key served at <c>/.well-known/appspecific/com.tesla.3p.public-key.pem</c>.</summary>
    public string? PublicKeyPem { get; init; }

    public TimeSpan StateLifetime { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a sleeping car may take to come online before its report is partial.</summary>
    public TimeSpan WakeTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan WakePollInterval { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public int MaxRetries { get; init; } = 2;

    /// <summary>The longest wait between retries, whatever Tesla's Retry-After asks for.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);
}
