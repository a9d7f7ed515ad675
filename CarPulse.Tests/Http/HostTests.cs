using System.Net;
using System.Net.Http.Json;
using CarPulse.Tests.Support;

namespace CarPulse.Tests.Http;

public sealed class HostTests
{
    [Fact]
    public async Task Health_reports_the_database_healthy()
    {
        using var app = new CarPulseApp();

        var health = await (await app.CreateClient().GetAsync("/health")).AssertOkJsonAsync();

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("database").GetString());
    }

    [Fact]
    public async Task Api_info_names_the_service_and_its_version()
    {
        using var app = new CarPulseApp();

        var info = await (await app.CreateClient().GetAsync("/api")).AssertOkJsonAsync();

        Assert.Equal("CarPulse", info.GetProperty("name").GetString());
        Assert.False(string.IsNullOrWhiteSpace(info.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task The_landing_page_renders_with_the_packages_and_no_prices()
    {
        using var app = new CarPulseApp();

        var response = await app.CreateClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1", html);
        Assert.Contains("CarPulse", html);
        Assert.Contains("Expert", html);
        Assert.Contains("How it works", html);
        Assert.Contains("Tesla — available now", html);
        Assert.Contains("coming soon", html);
        Assert.DoesNotContain("€", html);
    }

    [Fact]
    public async Task An_order_page_is_never_cached_nor_sent_on_as_a_referrer()
    {
        using var app = new CarPulseApp();
        var session = await app.SeedAsync(new OrderSessionBuilder().Build());

        var response = await app.CreateClient().GetAsync($"/order/{session.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("aria-label=\"Checkout steps\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_landing_page_says_when_a_session_expired()
    {
        using var app = new CarPulseApp();

        var html = await app.CreateClient().GetStringAsync("/?expired=true");

        Assert.Contains("Session expired. Please start again.", html);
    }

    [Theory]
    [InlineData("no_vehicles", "No vehicles found on your Tesla account.")]
    [InlineData("denied", "You did not allow CarPulse to read your Tesla data, so nothing was connected.")]
    [InlineData("state", "This sign-in link was already used or has expired. Please connect again.")]
    [InlineData("exchange", "Tesla did not accept the sign-in. Please connect again.")]
    [InlineData("unavailable", "Tesla could not be reached just now. Please try again in a moment.")]
    [InlineData("browser", "This sign-in was started in another browser, so nothing was connected. Please connect again here.")]
    public async Task The_brand_step_shows_why_the_tesla_connection_failed(string error, string message)
    {
        using var app = new CarPulseApp();

        var html = await app.CreateClient().GetStringAsync($"/start?error={error}");

        Assert.Contains(System.Net.WebUtility.HtmlEncode(message), html);
    }

    [Fact]
    public async Task An_unknown_api_path_is_a_404_problem()
    {
        using var app = new CarPulseApp();

        var response = await app.CreateClient().GetAsync("/api/v1/nothing-here");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Voucher_checks_past_the_limit_are_refused_with_429_and_retry_after()
    {
        using var app = new CarPulseApp(("RateLimits:VoucherChecksPerMinute", "3"));
        var client = app.CreateClient();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await (await client.PostAsJsonAsync("/api/v1/pricing/validate-voucher", new { code = $"GUESS{attempt}" })).AssertOkJsonAsync();
        }

        var response = await client.PostAsJsonAsync("/api/v1/pricing/validate-voucher", new { code = "GUESS4" });

        await response.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Sign_ins_past_the_limit_return_to_the_brand_page_with_a_message_not_json()
    {
        using var app = new CarPulseApp(("RateLimits:OAuthStartsPerMinute", "2"));
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var attempt = 0; attempt < 2; attempt++)
        {
            Assert.Contains("/simulator/tesla/", (await client.GetAsync("/connect/tesla")).Headers.Location?.ToString());
        }

        var response = await client.GetAsync("/connect/tesla");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/start?error=busy", response.Headers.Location?.ToString());
        Assert.Contains("Too many sign-ins from your network", await client.GetStringAsync("/start?error=busy"));
    }

    [Fact]
    public async Task A_fresh_database_is_seeded_with_the_three_vouchers()
    {
        using var app = new CarPulseApp();
        var client = app.CreateClient();

        foreach (var code in new[] { "PILOT2026", "LAUNCH10", "FLEET20" })
        {
            var result = await (await client.PostAsJsonAsync("/api/v1/pricing/validate-voucher", new { code })).AssertOkJsonAsync();
            Assert.True(result.GetProperty("valid").GetBoolean(), code);
        }
    }
}
