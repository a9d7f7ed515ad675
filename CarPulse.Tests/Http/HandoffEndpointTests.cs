using System.Net;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Orders.Handoffs;
using CarPulse.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Http;

public sealed class HandoffEndpointTests : IDisposable
{
    private const string ExpiredLanding = "/?handoff=expired";
    private readonly CarPulseApp _app = new();
    private readonly HttpClient _phone;

    public HandoffEndpointTests() =>
        _phone = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task A_handoff_link_redirects_to_its_order_and_is_neither_cached_nor_sent_as_a_referrer()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build());
        var token = await CreateLinkAsync(session.Id);

        var response = await _phone.GetAsync($"/handoff/{token}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/order/{session.Id}", response.Headers.Location?.OriginalString);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task A_reload_within_ten_minutes_still_opens_the_order()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().Build());
        var token = await CreateLinkAsync(session.Id);
        await _phone.GetAsync($"/handoff/{token}");
        _app.Clock.Advance(TimeSpan.FromMinutes(9));

        var reload = await _phone.GetAsync($"/handoff/{token}");

        Assert.Equal($"/order/{session.Id}", reload.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_expired_link_redirects_to_the_landing_page_with_the_expiry_notice()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.Paid).Build());
        var token = await CreateLinkAsync(session.Id);
        _app.Clock.Advance(HandoffToken.Lifetime);

        var response = await _phone.GetAsync($"/handoff/{token}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ExpiredLanding, response.Headers.Location?.OriginalString);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task An_unknown_link_redirects_to_the_landing_page_with_the_expiry_notice()
    {
        var response = await _phone.GetAsync($"/handoff/{SessionId.New()}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ExpiredLanding, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("%0A%0D")]
    [InlineData("%E2%82%AC%F0%9F%9A%97")]
    [InlineData("'%20OR%201=1%20--")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("%FF%FE")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    public async Task A_malformed_token_never_fails_the_server(string token)
    {
        var response = await _phone.GetAsync($"/handoff/{token}");

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.NotFound, $"{token} answered {response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.Equal(ExpiredLanding, response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task A_very_long_token_never_fails_the_server()
    {
        var response = await _phone.GetAsync($"/handoff/{new string('a', 4000)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ExpiredLanding, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_landing_page_explains_an_expired_link_and_says_nothing_otherwise()
    {
        var expired = await (await _phone.GetAsync(ExpiredLanding)).Content.ReadAsStringAsync();
        var plain = await (await _phone.GetAsync("/")).Content.ReadAsStringAsync();

        Assert.Contains("This link has expired. Start again on your phone or in the car.", expired);
        Assert.DoesNotContain("This link has expired", plain);
    }

    public void Dispose()
    {
        _phone.Dispose();
        _app.Dispose();
    }

    private async Task<string> CreateLinkAsync(string sessionId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var handoff = await scope.ServiceProvider.GetRequiredService<HandoffService>().CreateAsync(sessionId, CancellationToken.None);
        return handoff.Token;
    }
}
