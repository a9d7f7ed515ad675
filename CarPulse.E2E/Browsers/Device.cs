using Microsoft.Playwright;

namespace CarPulse.E2E.Browsers;

/// <summary>The screens CarPulse is sold on.</summary>
public enum Device
{
    Desktop,
    TeslaInCar,
    Phone,
}

public static class DeviceProfiles
{
    private const string TeslaUserAgent =
        "Mozilla/5.0 (X11; GNU/Linux) AppleWebKit/537.36 (KHTML, like Gecko) Chromium/109.0.5414.120 " +
        "Chrome/109.0.5414.120 Safari/537.36 Tesla/2025.20.6-f0f0d8d4b3";

    private const string IPhoneUserAgent =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) " +
        "Version/17.5 Mobile/15E148 Safari/604.1";

    /// <summary>The name used in screenshot files.</summary>
    public static string FileName(this Device device) => device switch
    {
        Device.Desktop => "desktop",
        Device.TeslaInCar => "tesla",
        Device.Phone => "phone",
        _ => throw new ArgumentOutOfRangeException(nameof(device), device, null),
    };

    public static BrowserNewContextOptions ContextOptions(this Device device, Uri baseAddress) => device switch
    {
        Device.Desktop => new()
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new() { Width = 1440, Height = 900 },
        },
        // The Model 3/Y centre screen as its browser reports it.
        Device.TeslaInCar => new()
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new() { Width = 1255, Height = 784 },
            DeviceScaleFactor = 1.53f,
            HasTouch = true,
            UserAgent = TeslaUserAgent,
        },
        Device.Phone => new()
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new() { Width = 390, Height = 844 },
            DeviceScaleFactor = 3,
            HasTouch = true,
            IsMobile = true,
            UserAgent = IPhoneUserAgent,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(device), device, null),
    };
}
