using System.Net;
using CarPulse.Domain.Tesla;

namespace CarPulse.Tests.Simulators.Tesla;

public sealed class RegionTests
{
    [Theory]
    [InlineData(SimulatorHarness.Na)]
    [InlineData(SimulatorHarness.Eu)]
    [InlineData(SimulatorHarness.Cn)]
    public async Task The_region_endpoint_answers_on_every_host_with_the_account_s_own_host(string host)
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("two-cars");

        var region = (await harness.GetJsonAsync(tokens.AccessToken, "/api/1/users/region", host)).GetProperty("response");

        Assert.Equal("eu", region.GetProperty("region").GetString());
        Assert.Equal("http://localhost" + SimulatorHarness.Eu, region.GetProperty("fleet_api_base_url").GetString());
    }

    [Fact]
    public async Task A_call_to_another_region_s_host_is_421_naming_the_right_base_url()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("two-cars");

        var response = await harness.GetAsync(tokens.AccessToken, "/api/1/vehicles", SimulatorHarness.Na);

        var error = await response.AssertTeslaErrorAsync(HttpStatusCode.MisdirectedRequest);
        Assert.StartsWith("user out of region, use base URL: http://localhost" + SimulatorHarness.Eu, error);
    }

    [Fact]
    public async Task The_north_american_account_lives_on_the_NA_host()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("us-car");

        var region = (await harness.GetJsonAsync(tokens.AccessToken, "/api/1/users/region")).GetProperty("response");
        var vehicles = await harness.GetJsonAsync(tokens.AccessToken, "/api/1/vehicles", SimulatorHarness.Na);

        Assert.Equal("na", region.GetProperty("region").GetString());
        Assert.Equal("Road Runner", vehicles.GetProperty("response")[0].GetProperty("display_name").GetString());
        Assert.Equal("NA", SimulatorHarness.JwtPayload(tokens.AccessToken).GetProperty("ou_code").GetString());
    }

    [Fact]
    public async Task The_Region_knob_moves_an_account_to_another_host()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("one-car");
        harness.Simulator.For("one-car").Region = FleetRegion.NorthAmericaAsiaPacific;

        var eu = await harness.GetAsync(tokens.AccessToken, "/api/1/vehicles");
        var na = await harness.GetAsync(tokens.AccessToken, "/api/1/vehicles", SimulatorHarness.Na);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, eu.StatusCode);
        Assert.Equal(HttpStatusCode.OK, na.StatusCode);
        Assert.StartsWith("NA_", await harness.CodeAsync("one-car"));
        var page = await (await harness.Client.GetAsync(SimulatorHarness.AuthorizeUrl())).Content.ReadAsStringAsync();
        Assert.Contains("<span class=\"id\">one-car</span><span class=\"desc\">One Model 3 &quot;Aurora&quot;, online.</span><span class=\"meta\">NA ·", page);
    }
}
