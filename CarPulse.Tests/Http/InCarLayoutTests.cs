using CarPulse.Tests.Support;

namespace CarPulse.Tests.Http;

/// <summary>The device is read from the request that starts the circuit, so the first (prerendered) page already shows it.</summary>
public sealed class InCarLayoutTests : IDisposable
{
    private const string TeslaUserAgent =
        "Mozilla/5.0 (X11; GNU/Linux) AppleWebKit/537.36 (KHTML, like Gecko) Chromium/109.0.5414.120 Chrome/109.0.5414.120 Safari/537.36 Tesla/2025.20.6-f0f0d8d4b3";

    private const string IPhoneUserAgent =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

    private readonly CarPulseApp _app = new();

    [Theory]
    [InlineData("/")]
    [InlineData("/start")]
    public async Task A_page_requested_by_the_Tesla_browser_has_the_in_car_layout(string path)
    {
        Assert.Contains("class=\"carpulse-root in-car\"", await PageAsync(path, TeslaUserAgent));
    }

    [Fact]
    public async Task A_page_requested_by_a_phone_has_the_ordinary_layout()
    {
        var html = await PageAsync("/", IPhoneUserAgent);

        Assert.Contains("class=\"carpulse-root\"", html);
        Assert.DoesNotContain("in-car", html);
    }

    [Fact]
    public async Task The_device_override_shows_the_in_car_layout_in_any_browser()
    {
        Assert.Contains("class=\"carpulse-root in-car\"", await PageAsync("/?device=tesla", IPhoneUserAgent));
    }

    public void Dispose() => _app.Dispose();

    private async Task<string> PageAsync(string path, string userAgent)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.UserAgent.ParseAdd(userAgent);
        var response = await _app.CreateClient().SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
