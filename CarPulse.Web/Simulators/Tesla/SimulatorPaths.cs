namespace CarPulse.Web.Simulators.Tesla;

/// <summary>Where the simulator answers; the Tesla client is configured with exactly these.</summary>
public static class SimulatorPaths
{
    public const string Root = "/simulator/tesla";
    public const string Authorize = Root + "/oauth2/v3/authorize";
    public const string AuthorizeDecision = Authorize + "/decision";
    public const string Token = Root + "/oauth2/v3/token";
    public const string Fleet = Root + "/fleet";

    /// <summary>What Tesla sends back as <c>issuer</c> on the OAuth callback.</summary>
    public const string Issuer = "https://auth.tesla.com/oauth2/v3";
}
