using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Tesla;
using CarPulse.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Tesla;

public sealed class TeslaFaultTests : IDisposable
{
    private readonly CarPulseApp _app = CarPulseApp.WithTeslaSimulator();

    [Fact]
    public async Task A_429_is_retried_after_retry_after_and_then_succeeds()
    {
        await using var tesla = await ConnectedTeslaAccount.SignInAsync(_app, "one-car");
        tesla.Simulator.For("one-car").RateLimitNext(1, TimeSpan.FromSeconds(1));

        var data = await tesla.Fleet.GetVehicleDataAsync(tesla.Account, tesla.Session.Vehicles[0].Vin, CancellationToken.None);

        Assert.NotNull(data.ChargeState);
        Assert.Equal([429, 200], tesla.Simulator.Calls.Where(call => call.Endpoint == "vehicle_data").Select(call => call.Status));
        var calls = tesla.Simulator.Calls.Where(call => call.Endpoint == "vehicle_data").ToList();
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(900), "the retry must wait for Retry-After");
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_cap_is_rate_limited_at_once_without_a_retry()
    {
        await using var tesla = await ConnectedTeslaAccount.SignInAsync(_app, "one-car");
        tesla.Simulator.For("one-car").RateLimitNext(1, TimeSpan.FromSeconds(120));

        var error = await Assert.ThrowsAsync<TeslaRateLimited>(() => tesla.Fleet.GetVehicleDataAsync(tesla.Account, tesla.Session.Vehicles[0].Vin, CancellationToken.None));

        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Equal([429], tesla.Simulator.Calls.Where(call => call.Endpoint == "vehicle_data").Select(call => call.Status));
    }

    [Fact]
    public async Task Rate_limits_that_outlast_the_retries_are_rate_limited()
    {
        await using var tesla = await ConnectedTeslaAccount.SignInAsync(_app, "one-car");
        tesla.Simulator.For("one-car").RateLimitNext(10, TimeSpan.Zero);

        await Assert.ThrowsAsync<TeslaRateLimited>(() => tesla.Fleet.GetServiceDataAsync(tesla.Account, tesla.Session.Vehicles[0].Vin, CancellationToken.None));

        Assert.Equal([429, 429, 429], tesla.Simulator.Calls.Where(call => call.Endpoint == "service_data").Select(call => call.Status));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task A_passing_server_error_is_retried(int status)
    {
        await using var tesla = await ConnectedTeslaAccount.SignInAsync(_app, "one-car");
        tesla.Simulator.For("one-car").FailNext(1, status);

        var alerts = await tesla.Fleet.GetRecentAlertsAsync(tesla.Account, tesla.Session.Vehicles[0].Vin, CancellationToken.None);

        Assert.NotNull(alerts);
        Assert.Equal([status, 200], tesla.Simulator.Calls.Where(call => call.Endpoint == "recent_alerts").Select(call => call.Status));
    }

    [Fact]
    public async Task A_lasting_outage_ends_as_tesla_unavailable_after_three_attempts()
    {
        await using var tesla = await ConnectedTeslaAccount.SignInAsync(_app, "one-car");
        tesla.Simulator.For("one-car").FailNext(10, 500);

        await Assert.ThrowsAsync<TeslaUnavailable>(() => tesla.Fleet.GetServiceDataAsync(tesla.Account, tesla.Session.Vehicles[0].Vin, CancellationToken.None));

        Assert.Equal(3, tesla.Simulator.Calls.Count(call => call.Endpoint == "service_data"));
    }

    [Fact]
    public async Task A_hanging_call_times_out_and_the_retry_succeeds()
    {
        await using var tesla = await ConnectedTeslaAccount.SignInAsync(_app, "one-car");
        tesla.Simulator.For("one-car").HangNext(1, TimeSpan.FromSeconds(5));

        var notes = await tesla.Fleet.GetReleaseNotesAsync(tesla.Account, tesla.Session.Vehicles[0].Vin, CancellationToken.None);

        Assert.NotEmpty(notes.Notes);
    }

    [Fact]
    public async Task A_wake_up_is_never_repeated_by_the_retry_policy()
    {
        await using var tesla = await ConnectedTeslaAccount.SignInAsync(_app, "two-cars");
        tesla.Simulator.For("two-cars").FailNext(1, 503);

        await Assert.ThrowsAsync<TeslaUnavailable>(() => tesla.Fleet.WakeAsync(tesla.Account, tesla.Vehicle("Family").Vin, CancellationToken.None));

        Assert.Single(tesla.Simulator.Calls, call => call.Endpoint == "wake_up");
    }

    [Fact]
    public async Task An_expired_access_token_is_refreshed_once_and_the_rotated_pair_is_saved()
    {
        await using var tesla = await ConnectedTeslaAccount.SignInAsync(_app, "one-car");
        var before = tesla.Session.Tokens;
        tesla.Simulator.For("one-car").ExpireAccessTokens();

        var data = await tesla.Fleet.GetVehicleDataAsync(tesla.Account, tesla.Session.Vehicles[0].Vin, CancellationToken.None);

        Assert.NotNull(data.VehicleState);
        Assert.Equal([401, 200], tesla.Simulator.Calls.Where(call => call.Endpoint == "vehicle_data").Select(call => call.Status));
        Assert.Single(tesla.Simulator.Calls, call => call.Endpoint == "token:refresh_token");
        var saved = await StoredTokensAsync(tesla.Session.Id);
        Assert.NotEqual(before?.RefreshToken, saved?.RefreshToken);
        Assert.NotEqual(before?.AccessToken, saved?.AccessToken);
    }

    [Fact]
    public async Task A_failing_refresh_asks_the_user_to_reconnect_and_keeps_the_old_tokens()
    {
        await using var tesla = await ConnectedTeslaAccount.SignInAsync(_app, "one-car");
        var before = tesla.Session.Tokens;
        var knobs = tesla.Simulator.For("one-car");
        knobs.ExpireAccessTokens();
        knobs.FailRefresh = true;

        var error = await Assert.ThrowsAsync<TeslaReconnectRequired>(() => tesla.Fleet.GetVehicleDataAsync(tesla.Account, tesla.Session.Vehicles[0].Vin, CancellationToken.None));

        Assert.Equal("Your Tesla connection expired. Please reconnect.", error.Message);
        Assert.Equal(before, await StoredTokensAsync(tesla.Session.Id));
    }

    [Fact]
    public async Task A_refused_refresh_token_is_not_sent_to_tesla_again()
    {
        await using var tesla = await ConnectedTeslaAccount.SignInAsync(_app, "one-car");
        var knobs = tesla.Simulator.For("one-car");
        knobs.ExpireAccessTokens();
        knobs.FailRefresh = true;
        var vin = tesla.Session.Vehicles[0].Vin;
        await Assert.ThrowsAsync<TeslaReconnectRequired>(() => tesla.Fleet.GetRecentAlertsAsync(tesla.Account, vin, CancellationToken.None));

        await Assert.ThrowsAsync<TeslaReconnectRequired>(() => tesla.Fleet.GetReleaseNotesAsync(tesla.Account, vin, CancellationToken.None));
        await Assert.ThrowsAsync<TeslaReconnectRequired>(() => tesla.Fleet.GetServiceDataAsync(tesla.Account, vin, CancellationToken.None));

        Assert.Single(tesla.Simulator.Calls, call => call.Endpoint == "token:refresh_token");
    }

    [Fact]
    public async Task Concurrent_401s_share_one_refresh()
    {
        await using var tesla = await ConnectedTeslaAccount.SignInAsync(_app, "one-car");
        tesla.Simulator.For("one-car").ExpireAccessTokens();
        var vin = tesla.Session.Vehicles[0].Vin;

        await Task.WhenAll(
            tesla.Fleet.GetRecentAlertsAsync(tesla.Account, vin, CancellationToken.None),
            tesla.Fleet.GetReleaseNotesAsync(tesla.Account, vin, CancellationToken.None),
            tesla.Fleet.GetServiceDataAsync(tesla.Account, vin, CancellationToken.None));

        Assert.Single(tesla.Simulator.Calls, call => call.Endpoint == "token:refresh_token");
    }

    [Fact]
    public async Task An_account_in_another_region_is_wrong_region_naming_the_right_host()
    {
        await using var tesla = await ConnectedTeslaAccount.SignInAsync(_app, "one-car");
        tesla.Simulator.For("one-car").Region = FleetRegion.NorthAmericaAsiaPacific;

        var error = await Assert.ThrowsAsync<TeslaWrongRegion>(() => tesla.Fleet.GetVehicleDataAsync(tesla.Account, tesla.Session.Vehicles[0].Vin, CancellationToken.None));

        Assert.EndsWith("/simulator/tesla/fleet/na", error.CorrectBaseUrl);
    }

    [Fact]
    public async Task A_revoked_scope_is_missing_scope()
    {
        await using var tesla = await ConnectedTeslaAccount.SignInAsync(_app, "one-car");
        tesla.Simulator.For("one-car").RevokeScope("vehicle_charging_cmds");

        await Assert.ThrowsAsync<TeslaMissingScope>(() => tesla.Fleet.GetChargingHistoryAsync(tesla.Account, tesla.Session.Vehicles[0].Vin, CancellationToken.None));
    }

    [Fact]
    public async Task Region_discovery_finds_an_american_account()
    {
        var sessionId = await new TeslaSignIn(_app).ConnectAsync("us-car");

        await using var scope = _app.Services.CreateAsyncScope();
        var session = await scope.ServiceProvider.GetRequiredService<OrderSessionStore>().GetLiveAsync(sessionId, CancellationToken.None);
        Assert.Equal(FleetRegion.NorthAmericaAsiaPacific, session.Region);
    }

    public void Dispose() => _app.Dispose();

    private async Task<TeslaTokens?> StoredTokensAsync(string sessionId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CarPulseDb>().OrderSessions.AsNoTracking()
            .Where(session => session.Id == sessionId).Select(session => session.Tokens).SingleAsync();
    }
}
