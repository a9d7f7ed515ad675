using CarPulse.Domain.Pricing;

namespace CarPulse.Web.Features.Admin.Prices;

/// <summary>One editable row of a package's price list, as typed; <see cref="TierTable"/> decides whether the list is valid.</summary>
public sealed class PriceBandRow
{
    public int MaxVehicles { get; set; }
    public long PriceCents { get; set; }

    public static PriceBandRow From(TierBand band) => new() { MaxVehicles = band.MaxVehicles, PriceCents = band.PriceCents };

    public TierBand ToBand() => new(MaxVehicles, PriceCents);
}
