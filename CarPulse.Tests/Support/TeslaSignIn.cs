using System.Net;

namespace CarPulse.Tests.Support;

/// <summary>Walks the browser's side of Tesla sign-in against the simulator, one redirect at a time.</summary>
public sealed class TeslaSignIn(CarPulseApp app)
{
    /// <summary>A real HTTP client to the app's Kestrel address that, like a test, looks at each redirect.</summary>
    public HttpClient Browser { get; } = new(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
        BaseAddress = app.ClientOptions.BaseAddress,
    };

    /// <summary><c>/connect/tesla</c> (or a reconnect through it) → the authorize URL our app sends the browser to.</summary>
    public async Task<Uri> StartAsync(string path = "/connect/tesla")
    {
        var response = await Browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Absolute(response.Headers.Location);
    }

    /// <summary>Approves at once as a demo account (the <c>sim_account</c> shortcut) → the callback URL.</summary>
    public async Task<Uri> ApproveAsync(Uri authorizeUrl, string account)
    {
        var response = await Browser.GetAsync($"{authorizeUrl.PathAndQuery}&sim_account={account}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Absolute(response.Headers.Location);
    }

    /// <summary>Delivers Tesla's redirect to our callback → where our app sends the browser next.</summary>
    public async Task<string> CallbackAsync(Uri callbackUrl)
    {
        var response = await Browser.GetAsync(callbackUrl.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location?.OriginalString ?? string.Empty;
    }

    /// <summary>The whole sign-in as <paramref name="account"/>; returns the new session id.</summary>
    public async Task<string> ConnectAsync(string account)
    {
        var next = await CallbackAsync(await ApproveAsync(await StartAsync(), account));
        Assert.StartsWith("/order/", next);
        return next["/order/".Length..];
    }

    /// <summary>Signs a paid order in to Tesla again as <paramref name="account"/>, for <paramref name="then"/> (retry when null) → where our app sends the browser next.</summary>
    public async Task<string> ReconnectAsync(string sessionId, string account, string? then = null)
    {
        var start = await StartAsync($"/connect/tesla?order={Uri.EscapeDataString(sessionId)}{(then is null ? "" : $"&then={then}")}");
        return await CallbackAsync(await ApproveAsync(start, account));
    }

    private Uri Absolute(Uri? location) =>
        location is null ? throw new InvalidOperationException("No Location header.")
        : location.IsAbsoluteUri ? location
        : new Uri(Browser.BaseAddress ?? throw new InvalidOperationException("No base address."), location);
}
