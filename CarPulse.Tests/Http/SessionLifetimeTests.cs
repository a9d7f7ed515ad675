using System.Net.Http.Json;
using System.Text.Json;
using CarPulse.Tests.Support;
using Microsoft.Extensions.Options;

namespace CarPulse.Tests.Http;

/// <summary><c>Orders:SessionLifetime</c>: how long an unpaid session lives is a setting, checked at start.</summary>
public sealed class SessionLifetimeTests
{
    [Fact]
    public async Task A_new_session_lives_as_long_as_the_setting_says()
    {
        using var app = CarPulseApp.WithTeslaSimulator(("Orders:SessionLifetime", "02:00:00"));
        var before = DateTimeOffset.UtcNow;

        var sessionId = await new TeslaSignIn(app).ConnectAsync("one-car");
        var state = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/tesla/session/{sessionId}/state");

        var expiresAt = state.GetProperty("expires_at").GetDateTimeOffset();
        Assert.InRange(expiresAt, before.AddHours(2), DateTimeOffset.UtcNow.AddHours(2));
    }

    [Theory]
    [InlineData("00:01:00")]
    [InlineData("2.00:00:00")]
    public void A_lifetime_outside_five_minutes_to_a_day_stops_the_app_at_start(string lifetime)
    {
        using var app = new CarPulseApp(("Orders:SessionLifetime", lifetime));

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Orders:SessionLifetime", error.Message);
    }
}
