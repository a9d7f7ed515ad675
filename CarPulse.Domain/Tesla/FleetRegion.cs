namespace CarPulse.Domain.Tesla;

/// <summary>Tesla serves each account from one regional Fleet API host; the region is discovered once per session.</summary>
public enum FleetRegion
{
    NorthAmericaAsiaPacific,
    Europe,
    China,
}
