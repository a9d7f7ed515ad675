using System.Net;

namespace CarPulse.Tests.Simulators.Tesla;

public sealed class AuthorizePageTests
{
    [Fact]
    public async Task The_authorize_page_lists_every_demo_account_and_the_requested_scopes()
    {
        using var harness = new SimulatorHarness();

        var response = await harness.Client.GetAsync(SimulatorHarness.AuthorizeUrl());
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Tesla simulator — demo accounts", html);
        foreach (var account in new[] { "one-car", "two-cars", "fleet-12", "no-cars", "sleepy", "us-car" })
        {
            Assert.Contains($"name=\"account\" value=\"{account}\"", html);
        }

        Assert.Contains("<code>vehicle_location</code>", html);
        Assert.Contains("value=\"deny\"", html);
        Assert.Contains("min-height:48px", html);
        Assert.DoesNotContain("<select", html);
        Assert.DoesNotContain("src=\"http", html);
    }

    [Fact]
    public async Task The_authorize_page_encodes_what_the_client_sent()
    {
        using var harness = new SimulatorHarness();

        var url = SimulatorHarness.AuthorizeUrl().Replace("client_id=carpulse-test", "client_id=%3Cscript%3Ealert(1)%3C%2Fscript%3E", StringComparison.Ordinal);
        var html = await (await harness.Client.GetAsync(url)).Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task The_sim_account_shortcut_redirects_with_an_EU_code_the_state_and_the_issuer()
    {
        using var harness = new SimulatorHarness();

        var response = await harness.Client.GetAsync(SimulatorHarness.AuthorizeUrl("two-cars", state: "abc 123"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location ?? throw new InvalidOperationException();
        Assert.StartsWith(SimulatorHarness.RedirectUri + "?code=EU_", location.OriginalString);
        Assert.EndsWith("&issuer=https%3A%2F%2Fauth.tesla.com%2Foauth2%2Fv3", location.OriginalString);
        Assert.Equal("abc 123", SimulatorHarness.CallbackQuery(location)["state"]);
    }

    [Fact]
    public async Task The_north_american_account_gets_an_NA_code()
    {
        using var harness = new SimulatorHarness();

        Assert.StartsWith("NA_", await harness.CodeAsync("us-car"));
    }

    [Fact]
    public async Task An_unknown_sim_account_is_a_400_page()
    {
        using var harness = new SimulatorHarness();

        var response = await harness.Client.GetAsync(SimulatorHarness.AuthorizeUrl("nobody"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nobody", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("response_type=code", "response_type=token")]
    [InlineData("response_type=code&", "")]
    [InlineData("state=state-1", "state=")]
    [InlineData("redirect_uri=https%3A%2F%2Fcarpulse.test%2Foauth%2Ftesla%2Fcallback", "redirect_uri=%2Foauth%2Ftesla%2Fcallback")]
    [InlineData("redirect_uri=https%3A%2F%2Fcarpulse.test%2Foauth%2Ftesla%2Fcallback", "redirect_uri=javascript%3Aalert(1)")]
    [InlineData("scope=openid%20offline_access%20vehicle_device_data%20vehicle_location%20vehicle_charging_cmds", "scope=")]
    [InlineData("locale=en-US", "code_challenge=abc&locale=en-US")]
    public async Task A_bad_authorize_request_is_a_400_page_and_never_a_redirect(string part, string replacement)
    {
        using var harness = new SimulatorHarness();
        var url = SimulatorHarness.AuthorizeUrl("one-car");
        Assert.Contains(part, url);

        var response = await harness.Client.GetAsync(url.Replace(part, replacement, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
