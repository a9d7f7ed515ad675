using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace CarPulse.Tests.Support;

/// <summary>
/// Stands in for the network peer. TestServer has no TCP connection (every request comes from no address), so a
/// test names the address a request arrives from in <see cref="Header"/>; the app then sees it exactly as Kestrel
/// would report the peer, before any of its own middleware runs.
/// </summary>
public sealed class TestPeer : IStartupFilter
{
    public const string Header = "X-Test-Peer";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header], out var peer))
            {
                context.Connection.RemoteIpAddress = peer;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}

public static class TestPeerClients
{
    /// <summary>Every request of this client comes from <paramref name="address"/>.</summary>
    public static HttpClient From(this HttpClient client, string address)
    {
        client.DefaultRequestHeaders.Add(TestPeer.Header, address);
        return client;
    }
}
