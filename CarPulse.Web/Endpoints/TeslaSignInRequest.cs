using CarPulse.Domain.Funnel;
using CarPulse.Domain.Tesla;
using CarPulse.Web.Hosting;
using Microsoft.Extensions.Options;

namespace CarPulse.Web.Endpoints;

/// <summary>What both ends of a Tesla sign-in need: the request, the sign-in service, the funnel, and where Tesla sends the browser back.</summary>
public sealed record TeslaSignInRequest(
    HttpContext Context, TeslaConnect Connect, FunnelRecorder Funnel, IOptions<TeslaOptions> Options, PublicAddress PublicAddress, IHostEnvironment Environment)
{
    /// <summary><c>Tesla:RedirectUri</c>, or the callback on the shop's public address.</summary>
    public string RedirectUri =>
        string.IsNullOrWhiteSpace(Options.Value.RedirectUri)
            ? new Uri(PublicAddress.BaseFor(Context.Request), TeslaOAuthEndpoints.CallbackPath.TrimStart('/')).ToString()
            : Options.Value.RedirectUri;

    /// <summary>The key the callback must bring back; see <see cref="TeslaSignInCookie"/>.</summary>
    public string IssueBrowserKey() => TeslaSignInCookie.Issue(Context, Options.Value.StateLifetime, Environment.IsDevelopment());

    /// <summary>The key this browser holds, if any.</summary>
    public string? BrowserKey => TeslaSignInCookie.Read(Context, Environment.IsDevelopment());
}
