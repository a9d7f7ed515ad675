namespace CarPulse.Web.Simulators.Tesla.Fixtures;

internal static class Paints
{
    public static readonly Paint PearlWhite = new("PPSW", "PearlWhite", "Pearl White Multi-Coat");
    public static readonly Paint MidnightSilver = new("PMNG", "MidnightSilver", "Midnight Silver Metallic");
    public static readonly Paint SolidBlack = new("PBSB", "SolidBlack", "Solid Black");
    public static readonly Paint DeepBlue = new("PPSB", "DeepBlue", "Deep Blue Metallic");
    public static readonly Paint RedMulticoat = new("PPMR", "RedMulticoat", "Red Multi-Coat");
    public static readonly Paint Quicksilver = new("PN01", "Quicksilver", "Quicksilver");
    public static readonly Paint UltraRed = new("PR01", "UltraRed", "Ultra Red");
    public static readonly Paint StealthGrey = new("PN00", "StealthGrey", "Stealth Grey");
    public static readonly Paint Stainless = new("PSTS", "Stainless", "Stainless Steel");
}
