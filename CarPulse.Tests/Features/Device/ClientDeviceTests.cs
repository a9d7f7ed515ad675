using CarPulse.Web.Features.Device;
using Microsoft.AspNetCore.Http;

namespace CarPulse.Tests.Features.Device;

public sealed class ClientDeviceTests
{
    [Theory]
    [InlineData("Mozilla/5.0 (X11; GNU/Linux) AppleWebKit/537.36 (KHTML, like Gecko) Chromium/109.0.5414.120 Chrome/109.0.5414.120 Safari/537.36 Tesla/2025.20.6-f0f0d8d4b3")]
    [InlineData("Mozilla/5.0 (X11; Linux) AppleWebKit/534.34 (KHTML, like Gecko) QtCarBrowser Safari/534.34")]
    [InlineData("mozilla/5.0 (x11; gnu/linux) chromium/109.0 tesla/2024.44.25")]
    public void The_Tesla_in_car_browser_is_recognised(string userAgent)
    {
        Assert.True(ClientDevice.FromUserAgent(userAgent).IsTeslaBrowser);
    }

    [Theory]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")]
    [InlineData("")]
    [InlineData(null)]
    public void Desktop_and_phone_browsers_are_not_the_car(string? userAgent)
    {
        Assert.False(ClientDevice.FromUserAgent(userAgent).IsTeslaBrowser);
    }

    [Fact]
    public void The_device_query_override_makes_any_browser_the_car()
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString("?device=tesla");
        context.Request.Headers.UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0";

        Assert.True(ClientDevice.FromRequest(context.Request).IsTeslaBrowser);
    }

    [Fact]
    public void A_request_is_judged_by_its_user_agent_without_the_override()
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString("?device=phone");
        context.Request.Headers.UserAgent = "Mozilla/5.0 (X11; GNU/Linux) Chromium/109.0 Tesla/2025.20.6";

        Assert.True(ClientDevice.FromRequest(context.Request).IsTeslaBrowser);
        Assert.False(ClientDevice.FromRequest(new DefaultHttpContext().Request).IsTeslaBrowser);
        Assert.False(ClientDevice.FromRequest(null).IsTeslaBrowser);
    }
}
