using Microsoft.AspNetCore.Components;

namespace CarPulse.Tests.Support;

/// <summary>A circuit's navigation manager for effects run without a browser: the app lives at http://localhost/.</summary>
internal sealed class LocalNavigationManager : NavigationManager
{
    public LocalNavigationManager() => Initialize("http://localhost/", "http://localhost/");

    protected override void NavigateToCore(string uri, NavigationOptions options) => Uri = ToAbsoluteUri(uri).ToString();
}
