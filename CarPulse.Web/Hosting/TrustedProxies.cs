using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace CarPulse.Web.Hosting;

/// <summary>
/// The reverse proxies (load balancer, TLS terminator) whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are
/// believed. Behind a proxy every request arrives from the proxy, so without this every per-address limit would be
/// one shop-wide limit; believing the header from anyone else would let a client pick its own address. Unset: no
/// forwarded header is believed at all.
/// </summary>
public sealed class TrustedProxyOptions
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Proxy addresses, e.g. <c>10.0.0.5</c>.</summary>
    public IReadOnlyList<string> KnownProxies { get; init; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>10.0.0.0/8</c>.</summary>
    public IReadOnlyList<string> KnownNetworks { get; init; } = [];
}

public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services)
    {
        services.AddOptions<TrustedProxyOptions>().BindConfiguration(TrustedProxyOptions.Section)
            .Validate(options => options.KnownProxies.All(proxy => IPAddress.TryParse(proxy, out _)), "ForwardedHeaders:KnownProxies must be IP addresses (e.g. 10.0.0.5).")
            .Validate(options => options.KnownNetworks.All(network => System.Net.IPNetwork.TryParse(network, out _)), "ForwardedHeaders:KnownNetworks must be networks in CIDR notation (e.g. 10.0.0.0/8).")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<TrustedProxyOptions>>((forwarded, trusted) =>
        {
            // ASP.NET Core trusts loopback by default; here only what is configured counts.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            var proxies = trusted.Value.KnownProxies.Select(IPAddress.Parse).ToList();
            var networks = trusted.Value.KnownNetworks.Select(network => System.Net.IPNetwork.Parse(network)).ToList();
            if (proxies.Count == 0 && networks.Count == 0)
            {
                forwarded.ForwardedHeaders = ForwardedHeaders.None;
                return;
            }

            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            proxies.ForEach(forwarded.KnownProxies.Add);
            networks.ForEach(forwarded.KnownIPNetworks.Add);
            // Each hop is checked against the lists, from the nearest back; the first one not on them is the client.
            forwarded.ForwardLimit = null;
        });
        return services;
    }

    /// <summary>First in the pipeline: logging, rate limits, lockouts and cookies all see the client as the proxy saw it.</summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }
}
