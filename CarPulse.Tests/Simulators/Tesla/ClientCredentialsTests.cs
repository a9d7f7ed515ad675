using System.Net;

namespace CarPulse.Tests.Simulators.Tesla;

public sealed class ClientCredentialsTests
{
    [Fact]
    public async Task A_partner_token_needs_the_vehicle_specs_scope()
    {
        using var harness = new SimulatorHarness();

        var response = await harness.PartnerTokenAsync("openid vehicle_device_data");

        Assert.Equal("invalid_scope", await response.AssertOAuthErrorAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_partner_token_has_no_refresh_token_and_belongs_to_no_account()
    {
        using var harness = new SimulatorHarness();

        var tokens = await SimulatorHarness.TokensAsync(await harness.PartnerTokenAsync());

        Assert.Null(tokens.RefreshToken);
        Assert.Equal(SimulatorHarness.ClientId, SimulatorHarness.JwtPayload(tokens.AccessToken).GetProperty("sub").GetString());
        Assert.Null(harness.Simulator.Calls.Single().AccountId);
    }

    [Fact]
    public async Task Specs_answer_a_partner_token_for_a_car_on_any_account_and_for_a_sold_car()
    {
        using var harness = new SimulatorHarness();
        var partner = await SimulatorHarness.TokensAsync(await harness.PartnerTokenAsync());
        var soldVin = harness.Simulator.Account("fleet-12").SoldVehicles.Single().Vin;

        var cybertruck = await harness.GetJsonAsync(partner.AccessToken, "/api/1/vehicles/7G2CEHEDXRA014487/specs");
        var sold = await harness.GetJsonAsync(partner.AccessToken, $"/api/1/vehicles/{soldVin}/specs", SimulatorHarness.Na);

        Assert.Equal("Cybertruck", cybertruck.GetProperty("response").GetProperty("model").GetString());
        Assert.Equal(123, cybertruck.GetProperty("response").GetProperty("battery").GetProperty("capacity_kwh").GetDouble());
        Assert.Equal("Model X", sold.GetProperty("response").GetProperty("model").GetString());
    }

    [Fact]
    public async Task Specs_refuse_a_user_token_with_403_missing_scopes()
    {
        using var harness = new SimulatorHarness();
        var user = await harness.SignInAsync("fleet-12");

        var response = await harness.GetAsync(user.AccessToken, "/api/1/vehicles/7G2CEHEDXRA014487/specs");

        Assert.Equal("Unauthorized missing scopes", await response.AssertTeslaErrorAsync(HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task A_partner_token_cannot_read_user_endpoints()
    {
        using var harness = new SimulatorHarness();
        var partner = await SimulatorHarness.TokensAsync(await harness.PartnerTokenAsync());

        var response = await harness.GetAsync(partner.AccessToken, "/api/1/vehicles");

        await response.AssertTeslaErrorAsync(HttpStatusCode.Forbidden);
    }
}
