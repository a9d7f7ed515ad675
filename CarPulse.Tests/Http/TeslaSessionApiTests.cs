using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Tesla;
using CarPulse.Domain.Vehicles;
using CarPulse.Tests.Support;

namespace CarPulse.Tests.Http;

public sealed class TeslaSessionApiTests : IDisposable
{
    private readonly CarPulseApp _app = new();
    private readonly HttpClient _client;

    public TeslaSessionApiTests() => _client = _app.CreateClient();

    [Fact]
    public async Task Vehicles_lists_each_car_with_a_masked_vin_model_year_and_state()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().WithVehicles(2).Build());

        var response = await _client.GetAsync($"/api/v1/tesla/session/{session.Id}/vehicles");
        var body = await response.AssertOkJsonAsync();

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var vehicles = body.GetProperty("vehicles").EnumerateArray().ToList();
        Assert.Equal(2, vehicles.Count);
        Assert.All(vehicles, v => Assert.Equal(["display_name", "id", "model", "state", "vin", "year"], v.PropertyNames()));
        var first = vehicles[0];
        Assert.Equal(session.Vehicles[0].Id, first.GetProperty("id").GetInt64());
        Assert.Equal("LRW3E7EK1RC98****", first.GetProperty("vin").GetString());
        Assert.Equal("Model 3", first.GetProperty("model").GetString());
        Assert.Equal(2024, first.GetProperty("year").GetInt32());
        Assert.Equal("online", first.GetProperty("state").GetString());
        Assert.Equal("asleep", vehicles[1].GetProperty("state").GetString());
        Assert.DoesNotContain(session.Vehicles[0].Vin, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_vehicle_id_beyond_two_to_the_53_is_written_as_a_string_and_accepted_back()
    {
        const long hugeId = 9_007_199_254_740_993;
        var tokens = new TeslaTokens("a", "r", OrderSessionBuilder.Now.AddHours(8));
        var session = await _app.SeedAsync(OrderSession.Start(tokens, FleetRegion.Europe, [new SessionVehicle(hugeId, "5YJ3E7EB2NF000001", "Big", VehicleState.Online, null)], OrderSessionBuilder.Now, OrderOptions.DefaultSessionLifetime));

        var vehicles = await (await _client.GetAsync($"/api/v1/tesla/session/{session.Id}/vehicles")).AssertOkJsonAsync();
        var id = vehicles.GetProperty("vehicles")[0].GetProperty("id");
        var selected = await _client.PostAsJsonAsync($"/api/v1/tesla/session/{session.Id}/select", new { vehicle_ids = new[] { "9007199254740993" }, package = "basic" });

        Assert.Equal(JsonValueKind.String, id.ValueKind);
        Assert.Equal("9007199254740993", id.GetString());
        Assert.Equal(1, (await selected.AssertOkJsonAsync()).GetProperty("vehicle_count").GetInt32());
    }

    [Fact]
    public async Task State_of_a_connected_session_has_no_selection_package_or_total()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().WithVehicles(3).Build());

        var state = await (await _client.GetAsync($"/api/v1/tesla/session/{session.Id}/state")).AssertOkJsonAsync();

        Assert.Equal(["expires_at", "package", "reconnect_needed", "reconnect_url", "selected_vehicle_ids", "status", "total_cents", "vehicle_count"], state.PropertyNames());
        Assert.Equal("connected", state.GetProperty("status").GetString());
        Assert.Equal(session.ExpiresAt, state.GetProperty("expires_at").GetDateTimeOffset());
        Assert.Equal(3, state.GetProperty("vehicle_count").GetInt32());
        Assert.Equal(0, state.GetProperty("selected_vehicle_ids").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, state.GetProperty("package").ValueKind);
        Assert.Equal(JsonValueKind.Null, state.GetProperty("total_cents").ValueKind);
        Assert.False(state.GetProperty("reconnect_needed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, state.GetProperty("reconnect_url").ValueKind);
    }

    [Fact]
    public async Task State_of_an_order_waiting_for_a_tesla_reconnect_says_so_and_where_to_reconnect()
    {
        var session = new OrderSessionBuilder().InStatus(OrderStatus.Generating).Build();
        session.NeedTeslaReconnect();
        await _app.SeedAsync(session);

        var state = await (await _client.GetAsync($"/api/v1/tesla/session/{session.Id}/state")).AssertOkJsonAsync();

        Assert.Equal("generating", state.GetProperty("status").GetString());
        Assert.True(state.GetProperty("reconnect_needed").GetBoolean());
        Assert.Equal($"/connect/tesla?order={session.Id}&then=retry", state.GetProperty("reconnect_url").GetString());
    }

    [Fact]
    public async Task Select_moves_to_vehicles_selected_and_state_follows()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().WithVehicles(3).Build());
        var ids = session.Vehicles.Take(2).Select(v => v.Id).ToArray();

        var selected = await (await _client.PostAsJsonAsync($"/api/v1/tesla/session/{session.Id}/select", new { vehicle_ids = ids, package = "expert" })).AssertOkJsonAsync();
        var state = await (await _client.GetAsync($"/api/v1/tesla/session/{session.Id}/state")).AssertOkJsonAsync();

        Assert.Equal(["package", "status", "vehicle_count"], selected.PropertyNames());
        Assert.Equal("vehicles_selected", selected.GetProperty("status").GetString());
        Assert.Equal(2, selected.GetProperty("vehicle_count").GetInt32());
        Assert.Equal("expert", selected.GetProperty("package").GetString());
        Assert.Equal("vehicles_selected", state.GetProperty("status").GetString());
        Assert.Equal(ids, state.GetProperty("selected_vehicle_ids").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Equal("expert", state.GetProperty("package").GetString());
    }

    [Theory]
    [InlineData("{\"vehicle_ids\": [], \"package\": \"pro\"}", "vehicle_ids")]
    [InlineData("{\"vehicle_ids\": [42], \"package\": \"pro\"}", "vehicle_ids")]
    [InlineData("{\"package\": \"pro\"}", "vehicle_ids")]
    [InlineData("{\"vehicle_ids\": [1492931000000001], \"package\": \"premium\"}", "package")]
    [InlineData("{\"vehicle_ids\": [1492931000000001]}", "package")]
    public async Task Select_with_bad_input_is_a_400_naming_the_field(string body, string field)
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().WithVehicles(2).Build());

        var response = await _client.PostAsync($"/api/v1/tesla/session/{session.Id}/select", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}");
    }

    [Fact]
    public async Task Select_on_a_paid_session_is_a_409_naming_paid()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.Paid).Build());

        var response = await _client.PostAsJsonAsync($"/api/v1/tesla/session/{session.Id}/select", new { vehicle_ids = new[] { session.Vehicles[0].Id }, package = "basic" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("paid", problem.GetProperty("current_status").GetString());
    }

    [Theory]
    [InlineData("vehicles")]
    [InlineData("state")]
    public async Task An_unknown_session_is_404_and_an_expired_one_410(string resource)
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().Build());

        var unknown = await _client.GetAsync($"/api/v1/tesla/session/{SessionId.New()}/{resource}");
        var malformed = await _client.GetAsync($"/api/v1/tesla/session/not-a-session/{resource}");
        _app.Clock.Advance(TimeSpan.FromMinutes(30));
        var expired = await _client.GetAsync($"/api/v1/tesla/session/{session.Id}/{resource}");

        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
        await malformed.AssertProblemAsync(HttpStatusCode.NotFound);
        await expired.AssertProblemAsync(HttpStatusCode.Gone);
    }

    [Fact]
    public async Task The_partner_public_key_is_404_until_configured_and_then_served_as_pem()
    {
        using var configured = new CarPulseApp(("Tesla:PublicKeyPem", "-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----"));
        const string path = "/.well-known/appspecific/com.tesla.3p.public-key.pem";

        var missing = await _client.GetAsync(path);
        var served = await configured.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("application/x-pem-file", served.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", await served.Content.ReadAsStringAsync());
    }

    public void Dispose() => _app.Dispose();
}
