using System.Net;

namespace CarPulse.Tests.Simulators.Tesla;

public sealed class RefreshTokenTests
{
    [Fact]
    public async Task A_refresh_returns_a_new_pair_that_works()
    {
        using var harness = new SimulatorHarness();
        var first = await harness.SignInAsync("one-car");

        var second = await SimulatorHarness.TokensAsync(await harness.RefreshAsync(first.RefreshToken ?? string.Empty));

        Assert.NotEqual(first.AccessToken, second.AccessToken);
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.StartsWith("EU_", second.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, (await harness.GetAsync(second.AccessToken, "/api/1/vehicles")).StatusCode);
    }

    [Fact]
    public async Task The_previous_refresh_token_still_works_within_24_hours()
    {
        using var harness = new SimulatorHarness();
        var first = await harness.SignInAsync("one-car");
        await SimulatorHarness.TokensAsync(await harness.RefreshAsync(first.RefreshToken ?? string.Empty));
        harness.Clock.Advance(TimeSpan.FromHours(23));

        var reused = await harness.RefreshAsync(first.RefreshToken ?? string.Empty);

        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
    }

    [Fact]
    public async Task The_previous_refresh_token_is_refused_with_login_required_after_24_hours()
    {
        using var harness = new SimulatorHarness();
        var first = await harness.SignInAsync("one-car");
        var second = await SimulatorHarness.TokensAsync(await harness.RefreshAsync(first.RefreshToken ?? string.Empty));
        harness.Clock.Advance(TimeSpan.FromHours(24));

        var stale = await harness.RefreshAsync(first.RefreshToken ?? string.Empty);
        var current = await harness.RefreshAsync(second.RefreshToken ?? string.Empty);

        Assert.Equal("login_required", await stale.AssertOAuthErrorAsync(HttpStatusCode.Unauthorized));
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
    }

    [Fact]
    public async Task An_unknown_refresh_token_is_login_required()
    {
        using var harness = new SimulatorHarness();

        var response = await harness.RefreshAsync("EU_not-a-token");

        Assert.Equal("login_required", await response.AssertOAuthErrorAsync(HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task FailRefresh_makes_the_refresh_grant_answer_login_required()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("two-cars");
        harness.Simulator.For("two-cars").FailRefresh = true;

        var response = await harness.RefreshAsync(tokens.RefreshToken ?? string.Empty);

        Assert.Equal("login_required", await response.AssertOAuthErrorAsync(HttpStatusCode.Unauthorized));
    }
}
