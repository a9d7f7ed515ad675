using System.Diagnostics;
using System.Net;
using CarPulse.Web.Simulators.Tesla;

namespace CarPulse.Tests.Simulators.Tesla;

/// <summary>Knobs and limits about time: latency, hangs, 429s.</summary>
public sealed class DelayKnobTests
{
    [Fact]
    public async Task Latency_delays_every_call_of_the_account()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("one-car");
        harness.Simulator.For("one-car").Latency = TimeSpan.FromMilliseconds(300);

        var clock = Stopwatch.StartNew();
        var response = await harness.GetAsync(tokens.AccessToken, "/api/1/vehicles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(290), clock.Elapsed.ToString());
    }

    [Fact]
    public async Task RateLimitNext_answers_429_with_Retry_After_and_RateLimit_Reset_in_seconds()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("one-car");
        harness.Simulator.For("one-car").RateLimitNext(1, TimeSpan.FromSeconds(7.2));

        var response = await harness.GetAsync(tokens.AccessToken, "/api/1/vehicles");

        await response.AssertTeslaErrorAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromSeconds(8), response.Headers.RetryAfter?.Delta);
        Assert.Equal("8", response.Headers.GetValues("RateLimit-Reset").Single());
    }

    [Fact]
    public async Task HangNext_waits_and_then_answers_normally()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("one-car");
        harness.Simulator.For("one-car").HangNext(1, TimeSpan.FromMilliseconds(400));

        var clock = Stopwatch.StartNew();
        var response = await harness.GetAsync(tokens.AccessToken, "/api/1/vehicles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(390), clock.Elapsed.ToString());
    }

    [Fact]
    public async Task A_hung_call_the_client_gives_up_on_is_logged_as_499()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("one-car");
        harness.Simulator.For("one-car").HangNext(1, TimeSpan.FromMinutes(5));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.GetAsync(tokens.AccessToken, "/api/1/vehicles", cancellationToken: timeout.Token));

        var logged = await EventuallyAsync(() => harness.Simulator.Calls.FirstOrDefault(call => call.Endpoint == SimulatedEndpoints.Vehicles));
        Assert.Equal(499, logged.Status);
    }

    [Fact]
    public async Task A_fourth_wake_up_within_a_minute_is_rate_limited_like_Tesla()
    {
        using var harness = new SimulatorHarness();
        var tokens = await harness.SignInAsync("sleepy");
        var vin = harness.Simulator.Account("sleepy").Vehicles.Single().Vin;
        for (var wake = 0; wake < 3; wake++)
        {
            Assert.Equal(HttpStatusCode.OK, (await harness.PostAsync(tokens.AccessToken, $"/api/1/vehicles/{vin}/wake_up")).StatusCode);
        }

        var fourth = await harness.PostAsync(tokens.AccessToken, $"/api/1/vehicles/{vin}/wake_up");
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var later = await harness.PostAsync(tokens.AccessToken, $"/api/1/vehicles/{vin}/wake_up");

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), fourth.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    private static async Task<T> EventuallyAsync<T>(Func<T?> probe)
        where T : class
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (probe() is { } value)
            {
                return value;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The simulator never logged the call.");
    }
}
