using System.Net;
using System.Text.Json;

namespace CarPulse.Tests.Simulators.Tesla;

public sealed class ChargingHistoryTests
{
    private const string History = "/api/1/dx/charging/history";

    [Fact]
    public async Task The_history_is_account_level_and_includes_a_car_the_account_sold()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("two-cars");
        var account = harness.Simulator.Account("two-cars");

        var page = await harness.GetJsonAsync(tokens.AccessToken, $"{History}?pageSize=500");

        var vins = Sessions(page).Select(session => session.GetProperty("vin").GetString()).ToHashSet();
        Assert.Equal(account.ChargingSessions.Count, page.GetProperty("totalResults").GetInt32());
        Assert.True(account.ChargingSessions.Count > 100);
        Assert.Contains(account.SoldVehicles.Single().Vin, vins);
        Assert.All(account.Vehicles, vehicle => Assert.Contains(vehicle.Vin, vins));
    }

    [Fact]
    public async Task A_vin_filter_returns_only_that_car_s_sessions()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("two-cars");
        var expected = harness.Simulator.Account("two-cars").ChargingSessions.Count(session => session.Vin == "LRW3E7EB9MC215847");

        var page = await harness.GetJsonAsync(tokens.AccessToken, $"{History}?vin=LRW3E7EB9MC215847&pageSize=500");

        Assert.Equal(expected, page.GetProperty("totalResults").GetInt32());
        Assert.All(Sessions(page), session => Assert.Equal("LRW3E7EB9MC215847", session.GetProperty("vin").GetString()));
    }

    [Fact]
    public async Task Pages_are_1_based_newest_first_and_total_results_counts_every_match()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("fleet-12");

        var first = await harness.GetJsonAsync(tokens.AccessToken, $"{History}?pageNo=1&pageSize=25");
        var second = await harness.GetJsonAsync(tokens.AccessToken, $"{History}?pageNo=2&pageSize=25");
        var oldest = await harness.GetJsonAsync(tokens.AccessToken, $"{History}?pageNo=1&pageSize=1&sortBy=chargeStartDateTime&sortOrder=ASC");

        Assert.Equal(25, Sessions(first).Length);
        Assert.Equal(320, first.GetProperty("totalResults").GetInt32());
        Assert.Empty(Ids(first).Intersect(Ids(second)));
        var starts = Sessions(first).Concat(Sessions(second)).Select(session => session.GetProperty("chargeStartDateTime").GetDateTimeOffset()).ToArray();
        Assert.Equal(starts.OrderDescending(), starts);
        Assert.True(Sessions(oldest)[0].GetProperty("chargeStartDateTime").GetDateTimeOffset() < starts[^1]);
    }

    [Fact]
    public async Task Page_zero_is_refused_because_pages_are_1_based()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("two-cars");

        var response = await harness.GetAsync(tokens.AccessToken, $"{History}?pageNo=0");

        Assert.Equal("invalid_field", await response.AssertTeslaErrorAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Start_and_end_time_bound_the_sessions()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("two-cars");
        var from = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(2));
        var until = new DateTimeOffset(2026, 3, 31, 23, 59, 59, TimeSpan.FromHours(3));

        var page = await harness.GetJsonAsync(tokens.AccessToken,
            $"{History}?startTime={Uri.EscapeDataString(from.ToString("O"))}&endTime={Uri.EscapeDataString(until.ToString("O"))}&pageSize=500");

        Assert.NotEmpty(Sessions(page));
        Assert.All(Sessions(page), session => Assert.InRange(session.GetProperty("chargeStartDateTime").GetDateTimeOffset(), from, until));
    }

    [Fact]
    public async Task The_history_needs_the_vehicle_charging_cmds_scope()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("two-cars", "openid offline_access vehicle_device_data");

        var response = await harness.GetAsync(tokens.AccessToken, History);

        Assert.Equal("Unauthorized missing scopes", await response.AssertTeslaErrorAsync(HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task A_session_has_Tesla_s_fields_at_top_level_in_camel_case()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("one-car");

        var page = await harness.GetJsonAsync(tokens.AccessToken, $"{History}?pageSize=1");

        Assert.False(page.TryGetProperty("response", out _));
        var session = Sessions(page).Single();
        var charging = session.GetProperty("fees").EnumerateArray().First(fee => fee.GetProperty("feeType").GetString() == "CHARGING");
        Assert.Equal("kwh", charging.GetProperty("uom").GetString());
        Assert.True(charging.GetProperty("usageBase").GetDecimal() > 0);
        Assert.False(string.IsNullOrEmpty(session.GetProperty("invoices")[0].GetProperty("contentId").GetString()));
        Assert.Equal("TSLA", session.GetProperty("vehicleMakeType").GetString());
    }

    private static JsonElement[] Sessions(JsonElement page) => [.. page.GetProperty("data").EnumerateArray()];

    private static IEnumerable<long> Ids(JsonElement page) => Sessions(page).Select(session => session.GetProperty("sessionId").GetInt64());
}
