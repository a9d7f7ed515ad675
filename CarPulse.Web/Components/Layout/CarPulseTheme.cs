using MudBlazor;

namespace CarPulse.Web.Components.Layout;

/// <summary>One theme for every screen; system fonts so nothing is fetched from a CDN (the car may be offline-ish).</summary>
public static class CarPulseTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1c3d5a",
            Secondary = "#c8102e",
            AppbarBackground = "#1c3d5a",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
            H1 = new H1Typography { FontSize = "2.5rem", FontWeight = "700" },
        },
    };
}
