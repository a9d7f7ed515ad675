using System.Net;
using System.Net.Http.Json;
using CarPulse.Tests.Support;

namespace CarPulse.Tests.Http;

/// <summary>
/// Behind a proxy every request comes from the proxy, so per-address limits need the client's address from
/// <c>X-Forwarded-For</c>; but only a configured proxy may say so, or anyone could pick their own address.
/// </summary>
public sealed class TrustedProxyTests : IDisposable
{
    private const string Proxy = "10.0.0.5";

    private readonly CarPulseApp _app = new(("RateLimits:VoucherChecksPerMinute", "2"), ("ForwardedHeaders:KnownProxies:0", Proxy));

    [Fact]
    public async Task Behind_a_known_proxy_each_client_address_has_its_own_budget()
    {
        Assert.Equal(HttpStatusCode.OK, await CheckAsync(peer: Proxy, forwardedFor: "198.51.100.1"));
        Assert.Equal(HttpStatusCode.OK, await CheckAsync(peer: Proxy, forwardedFor: "198.51.100.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await CheckAsync(peer: Proxy, forwardedFor: "198.51.100.1"));

        Assert.Equal(HttpStatusCode.OK, await CheckAsync(peer: Proxy, forwardedFor: "198.51.100.2"));
    }

    [Fact]
    public async Task A_forwarded_address_from_an_unknown_peer_is_ignored()
    {
        Assert.Equal(HttpStatusCode.OK, await CheckAsync(peer: "192.0.2.9", forwardedFor: "198.51.100.1"));
        Assert.Equal(HttpStatusCode.OK, await CheckAsync(peer: "192.0.2.9", forwardedFor: "198.51.100.2"));

        Assert.Equal(HttpStatusCode.TooManyRequests, await CheckAsync(peer: "192.0.2.9", forwardedFor: "198.51.100.3"));
    }

    [Fact]
    public async Task Without_a_configured_proxy_no_forwarded_address_is_believed()
    {
        using var app = new CarPulseApp(("RateLimits:VoucherChecksPerMinute", "1"));
        using var client = app.CreateClient().From("127.0.0.1");

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Check("198.51.100.1"))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(Check("198.51.100.2"))).StatusCode);
    }

    private async Task<HttpStatusCode> CheckAsync(string peer, string forwardedFor)
    {
        using var client = _app.CreateClient().From(peer);
        return (await client.SendAsync(Check(forwardedFor))).StatusCode;
    }

    private static HttpRequestMessage Check(string forwardedFor) => new(HttpMethod.Post, "/api/v1/pricing/validate-voucher")
    {
        Content = JsonContent.Create(new { code = "GUESS" }),
        Headers = { { "X-Forwarded-For", forwardedFor } },
    };

    public void Dispose() => _app.Dispose();
}
