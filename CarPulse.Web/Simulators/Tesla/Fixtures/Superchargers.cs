namespace CarPulse.Web.Simulators.Tesla.Fixtures;

internal enum LocalTimeRule
{
    /// <summary>UTC+2, EU summer time (Finland, Estonia).</summary>
    EasternEurope,

    /// <summary>UTC+1, EU summer time (Sweden, Norway, Germany).</summary>
    CentralEurope,

    /// <summary>UTC−8, US daylight saving time.</summary>
    UsPacific,
}

internal sealed record SuperchargerSite(string Name, string CountryCode, string Currency, decimal PricePerKwh, decimal IdleFeePerMinute, LocalTimeRule Time);

/// <summary>Where an account charges: mostly at home, sometimes on a trip.</summary>
internal sealed record SuperchargerNetwork(IReadOnlyList<SuperchargerSite> Home, IReadOnlyList<SuperchargerSite> Travel);

internal static class Superchargers
{
    public static readonly SuperchargerNetwork Nordics = new(
        [
            Finland("Helsinki, FI - Ruoholahti", 0.45m),
            Finland("Vantaa, FI - Jumbo", 0.42m),
            Finland("Espoo, FI - Iso Omena", 0.44m),
            Finland("Tampere, FI - Lielahti", 0.41m),
            Finland("Turku, FI - Skanssi", 0.43m),
            Finland("Hämeenlinna, FI - Linnanniemi", 0.39m),
            Finland("Jyväskylä, FI - Seppälä", 0.40m),
            Finland("Oulu, FI - Ritaharju", 0.42m),
            Finland("Lahti, FI - Karisto", 0.40m),
        ],
        [
            new("Stockholm, SE - Barkarby", "SE", "SEK", 4.89m, 5m, LocalTimeRule.CentralEurope),
            new("Uppsala, SE - Boländerna", "SE", "SEK", 4.39m, 5m, LocalTimeRule.CentralEurope),
            new("Umeå, SE - Avion", "SE", "SEK", 3.95m, 5m, LocalTimeRule.CentralEurope),
            new("Oslo, NO - Alnabru", "NO", "NOK", 5.79m, 5m, LocalTimeRule.CentralEurope),
            new("Lillehammer, NO - Vingnes", "NO", "NOK", 4.99m, 5m, LocalTimeRule.CentralEurope),
            new("Trondheim, NO - Leangen", "NO", "NOK", 4.59m, 5m, LocalTimeRule.CentralEurope),
            new("Berlin, DE - Schönefeld", "DE", "EUR", 0.59m, 0.50m, LocalTimeRule.CentralEurope),
            new("Rostock, DE - Ostseepark", "DE", "EUR", 0.54m, 0.50m, LocalTimeRule.CentralEurope),
            new("Tallinn, EE - Ülemiste", "EE", "EUR", 0.38m, 0.50m, LocalTimeRule.EasternEurope),
            new("Pärnu, EE - Papiniidu", "EE", "EUR", 0.36m, 0.50m, LocalTimeRule.EasternEurope),
        ]);

    public static readonly SuperchargerNetwork UnitedStates = new(
        [
            new("Palo Alto, CA - Stanford Shopping Center", "US", "USD", 0.52m, 0.50m, LocalTimeRule.UsPacific),
            new("Mountain View, CA - San Antonio Rd", "US", "USD", 0.49m, 0.50m, LocalTimeRule.UsPacific),
            new("Truckee, CA - Soaring Way", "US", "USD", 0.46m, 0.50m, LocalTimeRule.UsPacific),
            new("Gilroy, CA - Leavesley Rd", "US", "USD", 0.43m, 0.50m, LocalTimeRule.UsPacific),
        ],
        []);

    private static SuperchargerSite Finland(string name, decimal pricePerKwh) =>
        new(name, "FI", "EUR", pricePerKwh, 0.50m, LocalTimeRule.EasternEurope);
}
