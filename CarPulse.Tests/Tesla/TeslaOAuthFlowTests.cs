using System.Web;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Tesla;
using CarPulse.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Tesla;

public sealed class TeslaOAuthFlowTests : IDisposable
{
    private readonly CarPulseApp _app = CarPulseApp.WithTeslaSimulator();
    private readonly TeslaSignIn _signIn;

    public TeslaOAuthFlowTests() => _signIn = new TeslaSignIn(_app);

    [Fact]
    public async Task Connect_sends_the_browser_to_tesla_with_state_pkce_and_the_minimal_scopes()
    {
        var authorize = await _signIn.StartAsync();
        var query = HttpUtility.ParseQueryString(authorize.Query);

        Assert.Equal("/simulator/tesla/oauth2/v3/authorize", authorize.AbsolutePath);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal(43, query["code_challenge"]?.Length);
        Assert.Equal(43, query["state"]?.Length);
        Assert.EndsWith("/oauth/tesla/callback", query["redirect_uri"]);
        Assert.Equal("openid offline_access vehicle_device_data vehicle_location vehicle_charging_cmds", query["scope"]);
    }

    [Fact]
    public async Task Approving_two_cars_lands_on_the_order_page_with_both_cars_in_a_connected_session()
    {
        var sessionId = await _signIn.ConnectAsync("two-cars");

        var session = await LoadAsync(sessionId);
        Assert.Equal(OrderStatus.Connected, session.Status);
        Assert.Equal(FleetRegion.Europe, session.Region);
        Assert.Equal(["Family", "JT3"], session.Vehicles.Select(v => v.DisplayName).Order());
        Assert.NotNull(session.Tokens);
        Assert.StartsWith("eyJ", session.Tokens.AccessToken);
    }

    [Fact]
    public async Task The_callback_reads_only_the_inventory_and_wakes_no_car()
    {
        var simulator = _app.Services.GetRequiredService<CarPulse.Web.Simulators.Tesla.TeslaSimulator>();

        await _signIn.ConnectAsync("two-cars");

        Assert.Equal(["token:authorization_code", "region", "vehicles"], simulator.Calls.Select(call => call.Endpoint));
    }

    [Fact]
    public async Task A_replayed_callback_is_refused_and_creates_no_second_session()
    {
        var callback = await _signIn.ApproveAsync(await _signIn.StartAsync(), "one-car");
        Assert.StartsWith("/order/", await _signIn.CallbackAsync(callback));

        var replay = await _signIn.CallbackAsync(callback);

        Assert.Equal("/start?error=state", replay);
        Assert.Equal(1, await CountSessionsAsync());
    }

    [Fact]
    public async Task A_callback_in_a_browser_that_did_not_start_the_sign_in_is_refused_and_leaves_the_state_to_the_one_that_did()
    {
        var callback = await _signIn.ApproveAsync(await _signIn.StartAsync(), "one-car");
        var elsewhere = new TeslaSignIn(_app);

        var refused = await elsewhere.CallbackAsync(callback);

        Assert.Equal("/start?error=browser", refused);
        Assert.Equal(0, await CountSessionsAsync());
        Assert.StartsWith("/order/", await _signIn.CallbackAsync(callback));
    }

    [Fact]
    public async Task A_callback_carrying_another_sign_ins_browser_cookie_is_refused()
    {
        var attacker = new TeslaSignIn(_app);
        var attackersCallback = await attacker.ApproveAsync(await attacker.StartAsync(), "two-cars");
        await _signIn.StartAsync();

        Assert.Equal("/start?error=browser", await _signIn.CallbackAsync(attackersCallback));
        Assert.Equal(0, await CountSessionsAsync());
    }

    [Fact]
    public async Task The_same_callback_delivered_many_times_at_once_in_the_right_browser_makes_one_session()
    {
        var callback = await _signIn.ApproveAsync(await _signIn.StartAsync(), "one-car");

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => _signIn.CallbackAsync(callback)));

        Assert.Single(answers, answer => answer.StartsWith("/order/", StringComparison.Ordinal));
        Assert.Equal(9, answers.Count(answer => answer == "/start?error=state"));
        Assert.Equal(1, await CountSessionsAsync());
    }

    [Fact]
    public async Task Two_sign_ins_started_in_one_browser_both_complete()
    {
        var first = await _signIn.ApproveAsync(await _signIn.StartAsync(), "one-car");
        var second = await _signIn.ApproveAsync(await _signIn.StartAsync(), "two-cars");

        Assert.StartsWith("/order/", await _signIn.CallbackAsync(second));
        Assert.StartsWith("/order/", await _signIn.CallbackAsync(first));
    }

    [Fact]
    public async Task The_browser_cookie_is_http_only_lax_and_short_lived()
    {
        var response = await _signIn.Browser.GetAsync("/connect/tesla");

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), header => header.StartsWith("CarPulse.TeslaSignIn=", StringComparison.Ordinal));
        var attributes = SetCookieHeader.Attributes(cookie);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=lax", attributes);
        Assert.Contains("path=/", attributes);
        Assert.Contains("max-age=900", attributes);
    }

    [Fact]
    public async Task A_forged_state_is_refused_and_stores_nothing()
    {
        var callback = await _signIn.ApproveAsync(await _signIn.StartAsync(), "one-car");
        var forged = callback.GetLeftPart(UriPartial.Path) + "?code=" + HttpUtility.ParseQueryString(callback.Query)["code"] + "&state=forged-state";

        Assert.Equal("/start?error=state", await _signIn.CallbackAsync(new Uri(forged)));
        Assert.Equal(0, await CountSessionsAsync());
    }

    [Fact]
    public async Task Denied_consent_returns_to_the_brand_step_and_stores_nothing()
    {
        var authorize = await _signIn.StartAsync();
        var state = HttpUtility.ParseQueryString(authorize.Query)["state"];

        var next = await _signIn.CallbackAsync(new Uri($"http://localhost/oauth/tesla/callback?error=access_denied&error_description=denied&state={state}"));

        Assert.Equal("/start?error=denied", next);
        Assert.Equal(0, await CountSessionsAsync());
    }

    [Fact]
    public async Task A_code_tesla_refuses_returns_to_the_brand_step_and_stores_nothing()
    {
        var callback = await _signIn.ApproveAsync(await _signIn.StartAsync(), "one-car");
        var query = HttpUtility.ParseQueryString(callback.Query);
        var tampered = new Uri($"{callback.GetLeftPart(UriPartial.Path)}?code=EU_not-a-code&state={query["state"]}");

        Assert.Equal("/start?error=exchange", await _signIn.CallbackAsync(tampered));
        Assert.Equal(0, await CountSessionsAsync());
    }

    [Fact]
    public async Task An_account_without_cars_returns_to_the_brand_step_and_stores_nothing()
    {
        var next = await _signIn.CallbackAsync(await _signIn.ApproveAsync(await _signIn.StartAsync(), "no-cars"));

        Assert.Equal("/start?error=no_vehicles", next);
        Assert.Equal(0, await CountSessionsAsync());
    }

    [Fact]
    public async Task An_expired_state_is_refused()
    {
        using var app = CarPulseApp.WithTeslaSimulator(("Tesla:StateLifetime", "00:00:00.200"));
        var signIn = new TeslaSignIn(app);
        var callback = await signIn.ApproveAsync(await signIn.StartAsync(), "one-car");
        await Task.Delay(TimeSpan.FromMilliseconds(400));

        Assert.Equal("/start?error=state", await signIn.CallbackAsync(callback));
    }

    public void Dispose() => _app.Dispose();

    private async Task<OrderSession> LoadAsync(string sessionId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CarPulseDb>().OrderSessions.SingleAsync(s => s.Id == sessionId);
    }

    private async Task<int> CountSessionsAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CarPulseDb>().OrderSessions.CountAsync();
    }
}
