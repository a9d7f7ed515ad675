using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CarPulse.Tests.Http;
using CarPulse.Tests.Support;

namespace CarPulse.Tests.Simulators.Tesla;

/// <summary>The simulator's knobs and call log over HTTP, as a browser test, a load test or a person uses them.</summary>
public sealed class SimulatorControlApiTests : IDisposable
{
    private const string Jt3 = "LRW3E7EB9MC215847";
    private const string Family = "XP7YGCEE1PB093318";
    private const string Knobs = "/simulator/tesla/knobs";

    private readonly SimulatorHarness _harness = new();

    private HttpClient Client => _harness.Client;

    [Fact]
    public async Task Failures_set_for_an_account_answer_its_calls_and_are_used_up()
    {
        var tokens = await _harness.SignInAsync("one-car");

        var state = await (await Client.PostAsJsonAsync($"{Knobs}/accounts/one-car/failures", new { status = 503, count = 2, endpoint = "vehicles" })).AssertOkJsonAsync();
        var statuses = new List<HttpStatusCode>();
        for (var call = 0; call < 3; call++)
        {
            statuses.Add((await _harness.GetAsync(tokens.AccessToken, "/api/1/vehicles")).StatusCode);
        }

        var fault = Assert.Single(state.GetProperty("faults").EnumerateArray());
        Assert.Equal(("fail", 503, "vehicles", 2), (fault.GetProperty("kind").GetString(), fault.GetProperty("status").GetInt32(), fault.GetProperty("endpoint").GetString(), fault.GetProperty("remaining").GetInt32()));
        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], statuses);
        Assert.Empty((await (await Client.GetAsync($"{Knobs}/accounts/one-car")).AssertOkJsonAsync()).GetProperty("faults").EnumerateArray());
    }

    [Fact]
    public async Task A_car_s_faults_leave_the_other_car_on_its_account_alone()
    {
        var tokens = await _harness.SignInAsync("two-cars");
        await (await Client.PostAsJsonAsync($"{Knobs}/vehicles/{Jt3}/failures", new { status = 500, count = 5 })).AssertOkJsonAsync();

        var jt3 = await _harness.GetAsync(tokens.AccessToken, $"/api/1/dx/warranty/details?vin={Jt3}");
        var family = await _harness.GetAsync(tokens.AccessToken, $"/api/1/dx/warranty/details?vin={Family}");
        var inventory = await _harness.GetAsync(tokens.AccessToken, "/api/1/vehicles");

        Assert.Equal(HttpStatusCode.InternalServerError, jt3.StatusCode);
        Assert.Equal(HttpStatusCode.OK, family.StatusCode);
        Assert.Equal(HttpStatusCode.OK, inventory.StatusCode);
    }

    [Fact]
    public async Task A_rate_limit_answers_429_with_the_retry_after_asked_for()
    {
        var tokens = await _harness.SignInAsync("one-car");
        await (await Client.PostAsJsonAsync($"{Knobs}/rate-limits", new { retry_after_seconds = 120 })).AssertOkJsonAsync();

        var response = await _harness.GetAsync(tokens.AccessToken, "/api/1/vehicles");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(120), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Latency_and_hangs_are_shown_on_the_knobs_and_reset_clears_them()
    {
        await (await Client.PutAsJsonAsync($"{Knobs}/accounts/fleet-12/latency", new { latency_ms = 150 })).AssertOkJsonAsync();
        var hung = await (await Client.PostAsJsonAsync($"{Knobs}/accounts/fleet-12/hangs", new { duration_ms = 30_000, count = 3, endpoint = "vehicle_data" })).AssertOkJsonAsync();

        var reset = await (await Client.DeleteAsync($"{Knobs}/accounts/fleet-12")).AssertOkJsonAsync();

        Assert.Equal(150, hung.GetProperty("latency_ms").GetInt64());
        var hang = Assert.Single(hung.GetProperty("faults").EnumerateArray());
        Assert.Equal(("hang", 30_000L, 3), (hang.GetProperty("kind").GetString(), hang.GetProperty("duration_ms").GetInt64(), hang.GetProperty("remaining").GetInt32()));
        Assert.Equal(0, reset.GetProperty("latency_ms").GetInt64());
        Assert.Empty(reset.GetProperty("faults").EnumerateArray());
    }

    [Fact]
    public async Task A_car_put_to_sleep_wakes_after_the_delay_given_and_reset_brings_back_the_fixture()
    {
        var tokens = await _harness.SignInAsync("two-cars");

        var asleep = await (await Client.PutAsJsonAsync($"{Knobs}/vehicles/{Jt3}/asleep", new { wake_delay_ms = 60_000 })).AssertOkJsonAsync();
        var data = await _harness.GetAsync(tokens.AccessToken, $"/api/1/vehicles/{Jt3}/vehicle_data");
        await _harness.PostAsync(tokens.AccessToken, $"/api/1/vehicles/{Jt3}/wake_up");
        _harness.Clock.Advance(TimeSpan.FromSeconds(59));
        var stillAsleep = await VehicleStateAsync(Jt3);
        _harness.Clock.Advance(TimeSpan.FromSeconds(1));
        var woken = await VehicleStateAsync(Jt3);
        await (await Client.PutAsJsonAsync($"{Knobs}/vehicles/{Jt3}/asleep", new { never_wakes = true })).AssertOkJsonAsync();
        var reset = await (await Client.DeleteAsync($"{Knobs}/vehicles/{Jt3}")).AssertOkJsonAsync();

        Assert.Equal("asleep", asleep.GetProperty("vehicle").GetProperty("state").GetString());
        Assert.Equal("two-cars", asleep.GetProperty("account_id").GetString());
        Assert.Equal(HttpStatusCode.RequestTimeout, data.StatusCode);
        Assert.Equal(("asleep", "online"), (stillAsleep, woken));
        Assert.Equal("online", reset.GetProperty("vehicle").GetProperty("state").GetString());
    }

    [Fact]
    public async Task Resetting_everything_clears_every_account_s_and_car_s_knobs()
    {
        await (await Client.PostAsJsonAsync($"{Knobs}/accounts/one-car/failures", new { status = 500 })).AssertOkJsonAsync();
        await (await Client.PutAsJsonAsync($"{Knobs}/vehicles/{Jt3}/asleep", new { never_wakes = true })).AssertOkJsonAsync();
        await (await Client.PutAsJsonAsync($"{Knobs}/refresh-failure", new { fail = true })).AssertOkJsonAsync();

        var everyone = await (await Client.DeleteAsync(Knobs)).AssertOkJsonAsync();

        Assert.False(everyone.GetProperty("fail_refresh").GetBoolean());
        Assert.Empty((await (await Client.GetAsync($"{Knobs}/accounts/one-car")).AssertOkJsonAsync()).GetProperty("faults").EnumerateArray());
        Assert.Equal("online", await VehicleStateAsync(Jt3));
    }

    [Fact]
    public async Task Every_car_of_an_account_can_be_put_to_sleep_at_once()
    {
        var state = await (await Client.PutAsJsonAsync($"{Knobs}/accounts/two-cars/asleep", new { never_wakes = true })).AssertOkJsonAsync();

        Assert.All(state.GetProperty("vehicles").EnumerateArray(), car => Assert.Equal("asleep", car.GetProperty("state").GetString()));
        Assert.Equal("asleep", await VehicleStateAsync(Jt3));
    }

    [Fact]
    public async Task A_refresh_failure_refuses_the_refresh_grant_and_expired_tokens_answer_401()
    {
        var tokens = await _harness.SignInAsync("one-car");

        var failing = await (await Client.PutAsJsonAsync($"{Knobs}/accounts/one-car/refresh-failure", new { fail = true })).AssertOkJsonAsync();
        var refresh = await _harness.RefreshAsync(tokens.RefreshToken ?? string.Empty);
        await (await Client.PostAsync($"{Knobs}/accounts/one-car/expire-tokens", null)).AssertOkJsonAsync();
        var expired = await _harness.GetAsync(tokens.AccessToken, "/api/1/vehicles");
        var forACar = await Client.PutAsJsonAsync($"{Knobs}/vehicles/{Jt3}/refresh-failure", new { fail = true });

        Assert.True(failing.GetProperty("fail_refresh").GetBoolean());
        Assert.Equal("login_required", await refresh.AssertOAuthErrorAsync(HttpStatusCode.Unauthorized));
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        await forACar.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_call_log_lists_the_calls_made_filtered_and_never_a_token()
    {
        var tokens = await _harness.SignInAsync("two-cars");
        await _harness.GetAsync(tokens.AccessToken, $"/api/1/vehicles/{Jt3}/vehicle_data");
        await _harness.GetAsync(tokens.AccessToken, $"/api/1/vehicles/{Family}/vehicle_data");
        await _harness.GetAsync(tokens.AccessToken, "/api/1/vehicles");

        var all = await Client.GetAsync("/simulator/tesla/calls?account_id=two-cars");
        var jt3 = await (await Client.GetAsync($"/simulator/tesla/calls?vin={Jt3}&endpoint=vehicle_data")).AssertOkJsonAsync();
        var cleared = await Client.DeleteAsync("/simulator/tesla/calls");
        var none = await (await Client.GetAsync("/simulator/tesla/calls")).AssertOkJsonAsync();

        var body = await all.Content.ReadAsStringAsync();
        Assert.Equal(
            ["token:authorization_code", "vehicle_data", "vehicle_data", "vehicles"],
            (await all.AssertOkJsonAsync()).GetProperty("calls").EnumerateArray().Select(call => call.GetProperty("endpoint").GetString()));
        Assert.DoesNotContain(tokens.AccessToken, body);
        Assert.DoesNotContain(tokens.RefreshToken ?? "refresh", body);
        var call = Assert.Single(jt3.GetProperty("calls").EnumerateArray());
        Assert.Equal(["account_id", "at", "billable", "endpoint", "method", "status", "vehicle_tag"], call.PropertyNames());
        Assert.Equal((Jt3, 200, true), (call.GetProperty("vehicle_tag").GetString(), call.GetProperty("status").GetInt32(), call.GetProperty("billable").GetBoolean()));
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Equal(0, none.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task The_accounts_list_names_each_demo_car_by_vin()
    {
        var accounts = await (await Client.GetAsync("/simulator/tesla/accounts")).AssertOkJsonAsync();

        var twoCars = accounts.GetProperty("accounts").EnumerateArray().Single(account => account.GetProperty("id").GetString() == "two-cars");
        Assert.Equal([Jt3, Family], twoCars.GetProperty("vehicles").EnumerateArray().Select(car => car.GetProperty("vin").GetString()));
        Assert.Equal("eu", twoCars.GetProperty("region").GetString());
    }

    [Theory]
    [InlineData("PUT", "/latency", "{\"latency_ms\": -1}", "latency_ms")]
    [InlineData("PUT", "/latency", "{\"latency_ms\": \"slow\"}", "latency_ms")]
    [InlineData("PUT", "/latency", "{}", "latency_ms")]
    [InlineData("PUT", "/latency", "{\"latency\": 100}", "latency")]
    [InlineData("PUT", "/latency", "{\"latency_ms\": 100", "body")]
    [InlineData("PUT", "/latency", "[100]", "body")]
    [InlineData("POST", "/failures", "{\"status\": 200}", "status")]
    [InlineData("POST", "/failures", "{\"count\": 2}", "status")]
    [InlineData("POST", "/failures", "{\"status\": 503, \"count\": 0}", "count")]
    [InlineData("POST", "/failures", "{\"status\": 503, \"endpoint\": \"vehicle-data\"}", "endpoint")]
    [InlineData("POST", "/rate-limits", "{\"retry_after_seconds\": 1.5}", "retry_after_seconds")]
    [InlineData("POST", "/hangs", "{\"duration_ms\": 600001}", "duration_ms")]
    [InlineData("PUT", "/asleep", "{}", "wake_delay_ms")]
    [InlineData("PUT", "/asleep", "{\"wake_delay_ms\": 1000, \"never_wakes\": true}", "never_wakes")]
    [InlineData("PUT", "/refresh-failure", "{\"fail\": \"yes\"}", "fail")]
    [InlineData("PUT", "/refresh-failure", "{}", "fail")]
    public async Task Bad_input_is_a_400_naming_the_field(string method, string knob, string body, string field)
    {
        var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"{Knobs}/accounts/one-car{knob}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}: {problem}");
    }

    [Theory]
    [InlineData("?endpoint=vehicle-data", "endpoint")]
    [InlineData("?account_id=nobody", "account_id")]
    [InlineData("?vin=5YJ3E7EA0KF000000", "vin")]
    public async Task A_bad_call_log_filter_is_a_400_naming_it(string query, string field)
    {
        var problem = await (await Client.GetAsync($"/simulator/tesla/calls{query}")).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("/accounts/nobody")]
    [InlineData("/vehicles/5YJ3E7EA0KF000000")]
    public async Task An_unknown_account_or_car_is_404(string target)
    {
        await (await Client.GetAsync(Knobs + target)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await Client.PutAsJsonAsync($"{Knobs}{target}/latency", new { latency_ms = 10 })).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("GET", "/simulator/tesla/knobs")]
    [InlineData("PUT", "/simulator/tesla/knobs/latency")]
    [InlineData("POST", "/simulator/tesla/knobs/accounts/one-car/failures")]
    [InlineData("DELETE", "/simulator/tesla/knobs")]
    [InlineData("GET", "/simulator/tesla/calls")]
    [InlineData("GET", "/simulator/tesla/accounts")]
    public async Task A_public_demo_in_production_refuses_the_control_api(string method, string path)
    {
        using var demo = new CarPulseApp(
            ("Environment", "Production"), ("Tesla:Mode", "Simulator"), ("Tesla:AllowSimulatorInProduction", "true"),
            ("Payments:AllowDemoInProduction", "true"), ("Reports:PublicBaseUrl", "https://demo.carpulse.test"));
        using var client = demo.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("https://demo.carpulse.test"),
        });

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method is "PUT" or "POST" ? new StringContent("{\"latency_ms\": 1000, \"status\": 503}", Encoding.UTF8, "application/json") : null,
        });
        var simulatorStillOn = await client.GetAsync(SimulatorHarness.AuthorizeUrl());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, simulatorStillOn.StatusCode);
    }

    public void Dispose() => _harness.Dispose();

    private async Task<string?> VehicleStateAsync(string vin)
    {
        var vehicles = await (await Client.GetAsync($"{Knobs}/vehicles/{vin}")).AssertOkJsonAsync();
        return vehicles.GetProperty("vehicle").GetProperty("state").GetString();
    }
}
