using System.Net;
using CarPulse.Web.Simulators.Tesla;

namespace CarPulse.Tests.Simulators.Tesla;

public sealed class FaultKnobTests
{
    [Fact]
    public async Task FailNext_answers_the_status_with_Tesla_s_error_body_then_recovers()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("one-car");
        harness.Simulator.For("one-car").FailNext(2, 503);

        var first = await harness.GetAsync(tokens.AccessToken, "/api/1/vehicles");
        var second = await harness.GetAsync(tokens.AccessToken, "/api/1/vehicles");
        var third = await harness.GetAsync(tokens.AccessToken, "/api/1/vehicles");

        Assert.Equal("service unavailable", await first.AssertTeslaErrorAsync(HttpStatusCode.ServiceUnavailable));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task An_endpoint_filter_keeps_a_fault_for_that_endpoint()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("two-cars");
        harness.Simulator.For("two-cars").FailNext(1, 500, SimulatedEndpoints.VehicleData);

        var list = await harness.GetAsync(tokens.AccessToken, "/api/1/vehicles");
        var data = await harness.GetAsync(tokens.AccessToken, "/api/1/vehicles/LRW3E7EB9MC215847/vehicle_data");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal("internal server error", await data.AssertTeslaErrorAsync(HttpStatusCode.InternalServerError));
    }

    [Fact]
    public async Task A_token_fault_answers_in_the_OAuth_shape()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("one-car");
        harness.Simulator.For("one-car").FailNext(1, 503, SimulatedEndpoints.AnyToken);

        var response = await harness.RefreshAsync(tokens.RefreshToken ?? string.Empty);

        Assert.Equal("temporarily_unavailable", await response.AssertOAuthErrorAsync(HttpStatusCode.ServiceUnavailable));
    }

    [Fact]
    public async Task Everyone_s_faults_reach_partner_calls_and_an_account_s_faults_stay_with_it()
    {
        using var harness = new SimulatorHarness();
        var oneCar = await harness.SignInAsync("one-car");
        var twoCars = await harness.SignInAsync("two-cars");
        var partner = await SimulatorHarness.TokensAsync(await harness.PartnerTokenAsync());
        harness.Simulator.For("two-cars").FailNext(1, 500);
        harness.Simulator.Everyone.FailNext(1, 502, SimulatedEndpoints.Specs);

        var specs = await harness.GetAsync(partner.AccessToken, "/api/1/vehicles/7G2CEHEDXRA014487/specs");
        var unaffected = await harness.GetAsync(oneCar.AccessToken, "/api/1/vehicles");
        var affected = await harness.GetAsync(twoCars.AccessToken, "/api/1/vehicles");

        Assert.Equal(HttpStatusCode.BadGateway, specs.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unaffected.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, affected.StatusCode);
    }

    [Fact]
    public async Task RevokeScope_takes_a_scope_away_from_tokens_already_issued()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("two-cars");
        harness.Simulator.For("two-cars").RevokeScope("vehicle_charging_cmds");

        var response = await harness.GetAsync(tokens.AccessToken, "/api/1/dx/charging/history");

        Assert.Equal("Unauthorized missing scopes", await response.AssertTeslaErrorAsync(HttpStatusCode.Forbidden));
    }

    [Fact]
    public void A_filter_that_names_no_endpoint_is_a_test_mistake()
    {
        using var harness = new SimulatorHarness();

        Assert.Throws<ArgumentException>(() => harness.Simulator.Everyone.FailNext(1, 500, "vehicle-data"));
    }
}
