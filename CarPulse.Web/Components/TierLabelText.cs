using CarPulse.Domain.Pricing;
using CarPulse.Web.Resources;
using Microsoft.Extensions.Localization;

namespace CarPulse.Web.Components;

/// <summary>A tier band in the user's language: "1 vehicle", "3–5 vehicles", "6+ vehicles".</summary>
public static class TierLabelText
{
    public static string Localize(this TierLabel label, IStringLocalizer<Text> text) => label switch
    {
        { MaxVehicles: null } => text["{0}+ vehicles", label.MinVehicles],
        { MinVehicles: 1, MaxVehicles: 1 } => text["1 vehicle"],
        var band when band.MinVehicles == band.MaxVehicles => text["{0} vehicles", band.MinVehicles],
        var band => text["{0}–{1} vehicles", band.MinVehicles, band.MaxVehicles ?? band.MinVehicles],
    };
}
