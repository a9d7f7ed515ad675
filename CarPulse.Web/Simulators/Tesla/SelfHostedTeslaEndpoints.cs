using CarPulse.Domain.Tesla;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CarPulse.Web.Simulators.Tesla;

/// <summary>
/// Simulator mode: Tesla is this app. The browser goes to the authorize page on the same host
/// (a relative URL); server-side calls go over real HTTP to the address Kestrel listens on.
/// </summary>
public sealed class SelfHostedTeslaEndpoints(IServer server, IOptions<TeslaOptions> options) : ITeslaEndpoints
{
    public string AuthorizeUrl => SimulatorPaths.Authorize;

    public Uri TokenUrl => new(SelfBaseUrl, SimulatorPaths.Token);

    public Uri FleetBaseUrl(FleetRegion region) => new(SelfBaseUrl, region.FleetPath());

    private Uri SelfBaseUrl
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(options.Value.SimulatorBaseUrl))
            {
                return new Uri(options.Value.SimulatorBaseUrl);
            }

            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("The Tesla simulator needs a listening address: set Tesla:SimulatorBaseUrl.");
            var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
            if (uri.Host is "0.0.0.0" or "[::]" or "::")
            {
                uri.Host = "localhost";
            }

            return uri.Uri;
        }
    }
}
