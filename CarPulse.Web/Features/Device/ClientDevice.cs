namespace CarPulse.Web.Features.Device;

/// <summary>
/// What we know about the browser that started this circuit. It is read once from the HTTP request in
/// <c>App.razor</c> (an interactive circuit has no <see cref="HttpContext"/>) and cascaded from
/// <c>Routes.razor</c>, so it holds for the whole circuit: <c>[CascadingParameter] public ClientDevice Device</c>.
/// </summary>
public sealed record ClientDevice(bool IsTeslaBrowser)
{
    /// <summary><c>?device=tesla</c> on the first request makes any browser the car's, for manual testing.</summary>
    public const string OverrideParameter = "device";

    public static ClientDevice TeslaBrowser { get; } = new(IsTeslaBrowser: true);

    public static ClientDevice OtherBrowser { get; } = new(IsTeslaBrowser: false);

    /// <summary>The car's browser says <c>Tesla/&lt;firmware&gt;</c> (current firmware) or <c>QtCarBrowser</c> (older cars).</summary>
    public static ClientDevice FromUserAgent(string? userAgent) =>
        userAgent is not null
        && (userAgent.Contains("Tesla/", StringComparison.OrdinalIgnoreCase) || userAgent.Contains("QtCarBrowser", StringComparison.OrdinalIgnoreCase))
            ? TeslaBrowser
            : OtherBrowser;

    public static ClientDevice FromRequest(HttpRequest? request) =>
        request is null ? OtherBrowser
        : string.Equals(request.Query[OverrideParameter], "tesla", StringComparison.OrdinalIgnoreCase) ? TeslaBrowser
        : FromUserAgent(request.Headers.UserAgent);
}
