using System.Net;
using System.Text.RegularExpressions;

namespace CarPulse.Tests.Simulators.Tesla;

public sealed partial class AuthorizeDecisionTests
{
    private const string DecisionPath = "/simulator/tesla/oauth2/v3/authorize/decision";

    [Fact]
    public async Task Choosing_an_account_on_the_page_redirects_with_a_code_for_it()
    {
        using var harness = new SimulatorHarness();
        var form = await OpenPageAsync(harness);

        var response = await harness.PostFormAsync(DecisionPath, [.. form, ("account", "fleet-12")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var query = SimulatorHarness.CallbackQuery(response.Headers.Location ?? throw new InvalidOperationException());
        Assert.StartsWith("EU_", query["code"]);
        Assert.Equal("state-1", query["state"]);
        var tokens = await SimulatorHarness.TokensAsync(await harness.ExchangeAsync(query["code"]));
        Assert.Equal("fleet-12", SimulatorHarness.JwtPayload(tokens.AccessToken).GetProperty("sub").GetString());
    }

    [Fact]
    public async Task Deny_redirects_with_access_denied_and_the_state()
    {
        using var harness = new SimulatorHarness();
        var form = await OpenPageAsync(harness);

        var response = await harness.PostFormAsync(DecisionPath, [.. form, ("decision", "deny")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var query = SimulatorHarness.CallbackQuery(response.Headers.Location ?? throw new InvalidOperationException());
        Assert.Equal("access_denied", query["error"]);
        Assert.False(string.IsNullOrEmpty(query["error_description"]));
        Assert.Equal("state-1", query["state"]);
        Assert.False(query.ContainsKey("code"));
    }

    [Fact]
    public async Task A_decision_without_the_antiforgery_token_is_refused()
    {
        using var harness = new SimulatorHarness();
        var form = await OpenPageAsync(harness);

        var response = await harness.PostFormAsync(DecisionPath, [form[1], ("account", "one-car")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_decision_cannot_be_replayed()
    {
        using var harness = new SimulatorHarness();
        var form = await OpenPageAsync(harness);
        await harness.PostFormAsync(DecisionPath, [.. form, ("account", "one-car")]);

        var replay = await harness.PostFormAsync(DecisionPath, [.. form, ("account", "one-car")]);

        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
    }

    /// <summary>Loads the consent page (which sets the antiforgery cookie) and returns its hidden fields.</summary>
    private static async Task<(string Key, string? Value)[]> OpenPageAsync(SimulatorHarness harness)
    {
        var html = await (await harness.Client.GetAsync(SimulatorHarness.AuthorizeUrl())).Content.ReadAsStringAsync();
        return [.. HiddenField().Matches(html).Select(match => (match.Groups["name"].Value, (string?)match.Groups["value"].Value))];
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenField();
}
