namespace CarPulse.Domain.Pricing;

/// <summary>One stored band of the tier table: what <see cref="Package"/> costs for up to <see cref="MaxVehicles"/> vehicles.</summary>
public sealed class TierPrice
{
    private TierPrice()
    {
    }

    public PackageName Package { get; private set; }
    public int MaxVehicles { get; private set; }
    public long PriceCents { get; private set; }

    /// <summary>Rows for every band of <paramref name="table"/>, which has already been validated.</summary>
    public static IEnumerable<TierPrice> RowsOf(TierTable table) =>
        PackageCatalog.All.SelectMany(package => table.BandsFor(package.Name).Select(band => Of(package.Name, band)));

    public static TierPrice Of(PackageName package, TierBand band) =>
        new() { Package = package, MaxVehicles = band.MaxVehicles, PriceCents = band.PriceCents };

    public void Reprice(long priceCents) => PriceCents = priceCents;
}
