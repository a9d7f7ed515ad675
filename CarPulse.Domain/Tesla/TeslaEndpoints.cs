namespace CarPulse.Domain.Tesla;

/// <summary>Where Tesla is: the real hosts in Live mode, this app's own simulator in Simulator mode.</summary>
public interface ITeslaEndpoints
{
    /// <summary>The authorize page the browser is sent to; may be relative (the simulator is on this host).</summary>
    string AuthorizeUrl { get; }

    Uri TokenUrl { get; }

    Uri FleetBaseUrl(FleetRegion region);
}

public sealed class LiveTeslaEndpoints(TeslaOptions options) : ITeslaEndpoints
{
    public string AuthorizeUrl => options.AuthorizeUrl;

    public Uri TokenUrl => new(options.TokenUrl);

    public Uri FleetBaseUrl(FleetRegion region) => options.FleetBaseUrls.TryGetValue(region, out var url)
        ? new Uri(url)
        : throw new TeslaRegionNotRegistered();
}
