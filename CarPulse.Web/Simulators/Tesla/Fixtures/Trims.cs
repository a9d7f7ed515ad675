namespace CarPulse.Web.Simulators.Tesla.Fixtures;

/// <summary>
/// The factory configurations the demo cars are built from. Figures are plausible published values (EPA miles,
/// WLTP km), good enough for a simulator; option codes follow Tesla's style but are not an authoritative list.
/// </summary>
internal static class Trims
{
    private static readonly Wheels Aero18 = new("W38B", "Pinwheel18", "18\" Aero Wheels", 18);
    private static readonly Wheels Photon18 = new("W38A", "Photon18", "18\" Photon Wheels", 18);
    private static readonly Wheels Sport20 = new("W32P", "Stiletto20", "20\" Überturbine Wheels", 20);
    private static readonly Wheels Gemini19 = new("WY19B", "Apollo19", "19\" Gemini Wheels", 19);
    private static readonly Wheels Induction20 = new("WY20P", "Induction20", "20\" Induction Wheels", 20);
    private static readonly Wheels Crossflow19 = new("WY19P", "Crossflow19", "19\" Crossflow Wheels", 19);
    private static readonly Wheels Slipstream19 = new("WTAS", "Slipstream19", "19\" Slipstream Wheels", 19);
    private static readonly Wheels Tempest19 = new("WS90", "Tempest19", "19\" Tempest Wheels", 19);
    private static readonly Wheels Cyberstream20 = new("WX00", "Cyberstream20", "20\" Cyberstream Wheels", 20);
    private static readonly Wheels Cybertruck20 = new("WC20", "AllTerrain20", "20\" All-Terrain Wheels", 20);

    public static readonly CarTrim Model3StandardRangePlus2020 = new(
        "Model 3", "model3", "50", "Standard Range Plus Rear-Wheel Drive", "MT314", "RWD", "Single Motor",
        55, 250, 409, 5.6, 225, 5, 1611, 170, Aero18);

    public static readonly CarTrim Model3LongRange2019 = new(
        "Model 3", "model3", "74d", "Long Range All-Wheel Drive", "MT304", "AWD", "Dual Motor",
        75, 310, 560, 4.6, 233, 5, 1847, 250, Aero18);

    public static readonly CarTrim Model3LongRange2021 = new(
        "Model 3", "model3", "74d", "Long Range All-Wheel Drive", "MT315", "AWD", "Dual Motor",
        82, 353, 614, 4.4, 233, 5, 1844, 250, Aero18);

    public static readonly CarTrim Model3Rwd2023 = new(
        "Model 3", "model3", "", "Rear-Wheel Drive", "MT322", "RWD", "Single Motor",
        60, 272, 491, 6.1, 225, 5, 1752, 170, Photon18);

    public static readonly CarTrim Model3LongRange2024 = new(
        "Model 3", "model3", "74d", "Long Range All-Wheel Drive", "MT353", "AWD", "Dual Motor",
        78, 341, 629, 4.4, 201, 5, 1828, 250, Photon18);

    public static readonly CarTrim ModelYLongRange2022 = new(
        "Model Y", "modely", "74d", "Long Range All-Wheel Drive", "MTY13", "AWD", "Dual Motor",
        75, 330, 533, 5.0, 217, 5, 1979, 250, Gemini19);

    public static readonly CarTrim ModelYPerformance2023 = new(
        "Model Y", "modely", "p74d", "Performance All-Wheel Drive", "MTY14", "AWD", "Dual Motor",
        75, 303, 514, 3.7, 250, 5, 1997, 250, Induction20) { PerformancePackage = "Performance" };

    public static readonly CarTrim ModelYRwd2024 = new(
        "Model Y", "modely", "", "Rear-Wheel Drive", "MTY47", "RWD", "Single Motor",
        60, 260, 455, 6.9, 217, 5, 1909, 170, Gemini19);

    public static readonly CarTrim ModelYLongRange2025 = new(
        "Model Y", "modely", "74d", "Long Range All-Wheel Drive", "MTY68", "AWD", "Dual Motor",
        78, 327, 568, 4.8, 201, 5, 1997, 250, Crossflow19);

    public static readonly CarTrim ModelS75D2017 = new(
        "Model S", "models", "75d", "75D", "MTS10", "AWD", "Dual Motor",
        75, 259, 490, 4.4, 225, 5, 2108, 120, Slipstream19);

    public static readonly CarTrim ModelS100D2018 = new(
        "Model S", "models2", "100d", "Long Range 100D", "MTS11", "AWD", "Dual Motor",
        100, 335, 632, 4.3, 250, 5, 2215, 150, Slipstream19);

    public static readonly CarTrim ModelSPlaid2022 = new(
        "Model S", "lychee", "p100d", "Plaid", "MTS14", "AWD", "Tri Motor",
        100, 396, 600, 2.1, 322, 5, 2162, 250, Tempest19) { PerformancePackage = "Plaid" };

    public static readonly CarTrim ModelX100D2019 = new(
        "Model X", "modelx", "100d", "Long Range 100D", "MTX04", "AWD", "Dual Motor",
        100, 325, 505, 4.9, 250, 6, 2459, 150, Sport20);

    public static readonly CarTrim ModelXLongRange2022 = new(
        "Model X", "tamarind", "100d", "All-Wheel Drive", "MTX13", "AWD", "Dual Motor",
        100, 348, 576, 3.9, 250, 6, 2352, 250, Cyberstream20);

    public static readonly CarTrim CybertruckAwd2024 = new(
        "Cybertruck", "cybertruck", "", "All-Wheel Drive", "MTC02", "AWD", "Dual Motor",
        123, 318, null, 4.3, 180, 5, 3104, 325, Cybertruck20);

    public static readonly CarTrim ModelYLongRangeUs2023 = ModelYLongRange2022 with { OptionCode = "MTY07", WltpRangeKm = null, Wheels = Gemini19 };
}
