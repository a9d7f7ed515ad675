using System.Net;

namespace CarPulse.Tests.Simulators.Tesla;

public sealed class BearerTokenTests
{
    [Fact]
    public async Task A_call_without_a_token_is_401_invalid_bearer_token()
    {
        using var harness = new SimulatorHarness();

        var response = await harness.GetAsync(null, "/api/1/vehicles");

        Assert.Equal("invalid bearer token", await response.AssertTeslaErrorAsync(HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task A_token_the_simulator_did_not_issue_is_401_invalid_bearer_token()
    {
        using var harness = new SimulatorHarness();

        var response = await harness.GetAsync("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvbmUtY2FyIn0.c2ln", "/api/1/vehicles");

        Assert.Equal("invalid bearer token", await response.AssertTeslaErrorAsync(HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task An_access_token_past_its_lifetime_is_401_token_expired()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("one-car");
        harness.Clock.Advance(TimeSpan.FromHours(8));

        var response = await harness.GetAsync(tokens.AccessToken, "/api/1/vehicles");

        Assert.Equal("token expired (401)", await response.AssertTeslaErrorAsync(HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task ExpireAccessTokens_expires_that_account_s_tokens_and_no_one_else_s()
    {
        using var harness = new SimulatorHarness();
        var twoCars = await harness.SignInAsync("two-cars");
        var oneCar = await harness.SignInAsync("one-car");

        harness.Simulator.For("two-cars").ExpireAccessTokens();

        Assert.Equal("token expired (401)", await (await harness.GetAsync(twoCars.AccessToken, "/api/1/vehicles")).AssertTeslaErrorAsync(HttpStatusCode.Unauthorized));
        Assert.Equal(HttpStatusCode.OK, (await harness.GetAsync(oneCar.AccessToken, "/api/1/vehicles")).StatusCode);
        var refreshed = await SimulatorHarness.TokensAsync(await harness.RefreshAsync(twoCars.RefreshToken ?? string.Empty));
        Assert.Equal(HttpStatusCode.OK, (await harness.GetAsync(refreshed.AccessToken, "/api/1/vehicles")).StatusCode);
    }
}
