using System.Net;
using CarPulse.Tests.Http;

namespace CarPulse.Tests.Simulators.Tesla;

public sealed class VehiclesListTests
{
    [Fact]
    public async Task Vehicles_list_in_Tesla_s_shape_with_current_states()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("two-cars");

        var list = await harness.GetJsonAsync(tokens.AccessToken, "/api/1/vehicles");

        Assert.Equal(2, list.GetProperty("count").GetInt32());
        var jt3 = list.GetProperty("response")[0];
        Assert.Equal(["access_type", "api_version", "backseat_token", "backseat_token_updated_at", "calendar_enabled", "color", "display_name",
            "granular_access", "id", "id_s", "in_service", "option_codes", "state", "tokens", "vehicle_id", "vin"], jt3.PropertyNames());
        Assert.Equal("JT3", jt3.GetProperty("display_name").GetString());
        Assert.Equal("online", jt3.GetProperty("state").GetString());
        Assert.Equal("asleep", list.GetProperty("response")[1].GetProperty("state").GetString());
    }

    [Fact]
    public async Task Vehicles_are_paged_with_page_and_per_page()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("fleet-12");

        var page = await harness.GetJsonAsync(tokens.AccessToken, "/api/1/vehicles?page=3&per_page=5");

        Assert.Equal(2, page.GetProperty("response").GetArrayLength());
        var pagination = page.GetProperty("pagination");
        Assert.Equal(2, pagination.GetProperty("previous").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, pagination.GetProperty("next").ValueKind);
        Assert.Equal(3, pagination.GetProperty("pages").GetInt32());
        Assert.Equal(12, page.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task An_id_above_2_to_the_53_is_exact_in_the_JSON_and_in_id_s_and_works_as_a_tag()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("fleet-12");

        var raw = await (await harness.GetAsync(tokens.AccessToken, "/api/1/vehicles")).Content.ReadAsStringAsync();
        var byId = await harness.GetJsonAsync(tokens.AccessToken, "/api/1/vehicles/9214751830426851");

        Assert.Contains("\"id\":9214751830426851,", raw);
        Assert.Contains("\"id_s\":\"9214751830426851\"", raw);
        Assert.True(9214751830426851 > 1L << 53);
        Assert.Equal("CP-09 Board", byId.GetProperty("response").GetProperty("display_name").GetString());
    }

    [Fact]
    public async Task The_no_cars_account_lists_nothing()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("no-cars");

        var list = await harness.GetJsonAsync(tokens.AccessToken, "/api/1/vehicles");

        Assert.Equal(0, list.GetProperty("response").GetArrayLength());
        Assert.Equal(0, list.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task An_invalid_page_is_400()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("one-car");

        await (await harness.GetAsync(tokens.AccessToken, "/api/1/vehicles?page=0")).AssertTeslaErrorAsync(HttpStatusCode.BadRequest);
    }
}
