using System.Net;
using System.Text.RegularExpressions;
using CarPulse.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CarPulse.Tests.Http;

/// <summary>SPEC §8: security headers and a Content-Security-Policy that Blazor Server works with (the E2E runs under it).</summary>
public sealed partial class SecurityHeadersTests : IDisposable
{
    private readonly CarPulseApp _app = new();

    [Fact]
    public async Task A_page_has_a_policy_with_scripts_from_this_site_only_and_never_framed()
    {
        var page = await _app.CreateClient().GetAsync("/");

        var policy = Directives(Assert.Single(page.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("'self'", policy["default-src"]);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'self' 'unsafe-inline'", policy["style-src"]);
        Assert.Equal("'self' ws://localhost", policy["connect-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal("'self'", policy["base-uri"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal("'self' https://checkout.stripe.com", policy["form-action"]);
        Assert.DoesNotContain(policy.Values, value => value.Contains("unsafe-eval", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Over_https_the_circuit_may_open_a_secure_websocket_to_this_host()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://carpulse.example") });

        var policy = Directives(Assert.Single((await client.GetAsync("/")).Headers.GetValues("Content-Security-Policy")));

        Assert.Equal("'self' wss://carpulse.example", policy["connect-src"]);
    }

    [Fact]
    public async Task The_pages_have_no_inline_script_for_the_policy_to_block()
    {
        var html = await _app.CreateClient().GetStringAsync("/");

        var scripts = ScriptTag().Matches(html);
        Assert.NotEmpty(scripts);
        Assert.All(scripts, script =>
        {
            Assert.Contains(" src=", script.Groups["attributes"].Value, StringComparison.Ordinal);
            Assert.Empty(script.Groups["body"].Value.Trim());
        });
        Assert.DoesNotMatch(InlineHandler(), html);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/pricing/catalog")]
    [InlineData("/app.css")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/api/v1/tesla/session/unknown/state")]
    [InlineData("/no/such/page.txt")]
    [InlineData("/simulator/payments/checkout/demo_cs_nothing")]
    public async Task Every_answer_says_nosniff(string path)
    {
        var response = await _app.CreateClient().GetAsync(path);

        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }

    [Fact]
    public async Task An_error_answer_says_nosniff_too()
    {
        var response = await _app.CreateClient().PostAsync("/api/v1/pricing/validate-voucher", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }

    [Fact]
    public async Task Outside_development_https_answers_tell_the_browser_to_stay_on_https()
    {
        using var production = new CarPulseApp(
            ("Environment", "Production"), ("Tesla:Mode", "Simulator"), ("Tesla:AllowSimulatorInProduction", "true"), ("Payments:AllowDemoInProduction", "true"),
            ("AllowedHosts", "carpulse.example"), ("Reports:PublicBaseUrl", "https://carpulse.example"));

        var https = await production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://carpulse.example") }).GetAsync("/health");
        var http = await production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://carpulse.example") }).GetAsync("/health");

        Assert.StartsWith("max-age=", Assert.Single(https.Headers.GetValues("Strict-Transport-Security")));
        Assert.False(http.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Development_sends_no_hsts_so_plain_http_on_the_lan_keeps_working()
    {
        var https = await _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://carpulse.example") }).GetAsync("/health");

        Assert.False(https.Headers.Contains("Strict-Transport-Security"));
    }

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(directive => directive.Split(' ', 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : string.Empty);

    [GeneratedRegex("<script(?<attributes>[^>]*)>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("""\son[a-z]+\s*=\s*["']""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();

    public void Dispose() => _app.Dispose();
}
