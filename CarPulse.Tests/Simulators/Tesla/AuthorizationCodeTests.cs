using System.Net;
using System.Text.Json;

namespace CarPulse.Tests.Simulators.Tesla;

public sealed class AuthorizationCodeTests
{
    [Fact]
    public async Task A_code_buys_tokens_shaped_like_Tesla_s()
    {
        using var harness = new SimulatorHarness();

        var tokens = await SimulatorHarness.TokensAsync(await harness.ExchangeAsync(await harness.CodeAsync("one-car")));

        Assert.Equal("Bearer", tokens.Body.GetProperty("token_type").GetString());
        Assert.Equal(28800, tokens.Body.GetProperty("expires_in").GetInt32());
        Assert.Equal("state-1", tokens.Body.GetProperty("state").GetString());
        Assert.StartsWith("EU_", tokens.RefreshToken);
        var identity = SimulatorHarness.JwtPayload(tokens.Body.GetProperty("id_token").GetString() ?? string.Empty);
        Assert.Equal(SimulatorHarness.ClientId, identity.GetProperty("aud").GetString());
        Assert.False(identity.TryGetProperty("nonce", out _));
        var claims = SimulatorHarness.JwtPayload(tokens.AccessToken);
        Assert.Equal("one-car", claims.GetProperty("sub").GetString());
        Assert.Equal("EU", claims.GetProperty("ou_code").GetString());
        Assert.False(string.IsNullOrEmpty(claims.GetProperty("iss").GetString()));
        Assert.Equal("http://localhost" + SimulatorHarness.Eu, claims.GetProperty("aud")[0].GetString());
        Assert.Contains("vehicle_location", claims.GetProperty("scp").EnumerateArray().Select(scope => scope.GetString()));
        Assert.Equal(harness.Clock.GetUtcNow().ToUnixTimeSeconds(), claims.GetProperty("iat").GetInt64());
        Assert.Equal(harness.Clock.GetUtcNow().AddHours(8).ToUnixTimeSeconds(), claims.GetProperty("exp").GetInt64());
    }

    [Fact]
    public async Task A_code_works_only_once()
    {
        using var harness = new SimulatorHarness();
        var code = await harness.CodeAsync("one-car");
        await SimulatorHarness.TokensAsync(await harness.ExchangeAsync(code));

        var again = await harness.ExchangeAsync(code);

        Assert.Equal("invalid_grant", await again.AssertOAuthErrorAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_code_expires_after_ten_minutes()
    {
        using var harness = new SimulatorHarness();
        var code = await harness.CodeAsync("one-car");
        harness.Clock.Advance(TimeSpan.FromMinutes(10));

        var response = await harness.ExchangeAsync(code);

        Assert.Equal("invalid_grant", await response.AssertOAuthErrorAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task The_redirect_uri_must_match_the_authorize_request()
    {
        using var harness = new SimulatorHarness();

        var response = await harness.ExchangeAsync(await harness.CodeAsync("one-car"), redirectUri: "https://elsewhere.test/callback");

        Assert.Equal("invalid_grant", await response.AssertOAuthErrorAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task With_a_PKCE_challenge_only_the_matching_verifier_is_accepted()
    {
        using var harness = new SimulatorHarness();
        var verifier = new string('v', 43) + "-verifier_0123456789";
        var challenge = SimulatorHarness.Challenge(verifier);

        var missing = await harness.ExchangeAsync(await harness.CodeAsync("one-car", challenge: challenge));
        var wrong = await harness.ExchangeAsync(await harness.CodeAsync("one-car", challenge: challenge), verifier: verifier + "x");
        var right = await harness.ExchangeAsync(await harness.CodeAsync("one-car", challenge: challenge), verifier: verifier);

        Assert.Equal("invalid_grant", await missing.AssertOAuthErrorAsync(HttpStatusCode.BadRequest));
        Assert.Equal("invalid_grant", await wrong.AssertOAuthErrorAsync(HttpStatusCode.BadRequest));
        await SimulatorHarness.TokensAsync(right);
    }

    [Fact]
    public async Task The_access_token_lifetime_comes_from_configuration()
    {
        using var harness = new SimulatorHarness(("TeslaSimulator:TokenLifetime", "01:00:00"));

        var tokens = await harness.SignInAsync("one-car");

        Assert.Equal(3600, tokens.Body.GetProperty("expires_in").GetInt32());
    }

    [Fact]
    public async Task Without_offline_access_there_is_no_refresh_token()
    {
        using var harness = new SimulatorHarness();

        var tokens = await harness.SignInAsync("one-car", "openid vehicle_device_data");

        Assert.Null(tokens.RefreshToken);
    }

    [Fact]
    public async Task An_unknown_grant_type_is_refused()
    {
        using var harness = new SimulatorHarness();

        var response = await harness.PostFormAsync(SimulatorHarness.TokenPath, ("grant_type", "password"), ("client_id", SimulatorHarness.ClientId));

        Assert.Equal("unsupported_grant_type", await response.AssertOAuthErrorAsync(HttpStatusCode.BadRequest));
    }
}
