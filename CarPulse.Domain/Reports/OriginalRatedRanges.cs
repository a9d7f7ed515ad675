namespace CarPulse.Domain.Reports;

/// <summary>The trim families that set a Tesla's original range; decoded from <c>vehicle_config.trim_badging</c>.</summary>
public enum TrimFamily
{
    /// <summary>Standard Range (Plus) and the later base Rear-Wheel Drive; for S/X the 60–75 kWh packs.</summary>
    Standard,
    MidRange,
    LongRange,

    /// <summary>Performance for Model 3/Y, P-badged and Plaid for S/X.</summary>
    Performance,
}

/// <summary>A new car's EPA rated range for a model, model-year band and trim.</summary>
public sealed record OriginalRatedRange(string Model, int FirstYear, int LastYear, TrimFamily Trim, double Miles, string Label);

/// <summary>
/// New-car EPA rated ranges in miles, the baseline for <see cref="BatteryHealth"/>. Sources: the indicative EPA figures
/// in <c>shared/reference/tesla-fleet-api.md</c> §10 (general knowledge, flagged there as "confirm at
/// fueleconomy.gov"), and for bands it does not cover (2025 Model Y, pre-2021 S/X) the figures the Tesla simulator's
/// trims use. EPA and not WLTP because Tesla's <c>battery_range</c> is the car's rated range in EPA-style miles in
/// every market. Wheel size changes EPA range; rows are the base wheel except the 21" Model S Plaid.
/// </summary>
public static class OriginalRatedRanges
{
    public static IReadOnlyList<OriginalRatedRange> All { get; } =
    [
        new("Model 3", 2019, 2019, TrimFamily.Standard, 240, "Model 3 Standard Range Plus 2019"),
        new("Model 3", 2020, 2020, TrimFamily.Standard, 250, "Model 3 Standard Range Plus 2020"),
        new("Model 3", 2021, 2021, TrimFamily.Standard, 263, "Model 3 Standard Range Plus 2021"),
        new("Model 3", 2022, 2024, TrimFamily.Standard, 272, "Model 3 Rear-Wheel Drive 2022–2024"),
        new("Model 3", 2018, 2019, TrimFamily.LongRange, 310, "Model 3 Long Range 2018–2019"),
        new("Model 3", 2020, 2020, TrimFamily.LongRange, 322, "Model 3 Long Range 2020"),
        new("Model 3", 2021, 2021, TrimFamily.LongRange, 353, "Model 3 Long Range 2021"),
        new("Model 3", 2022, 2022, TrimFamily.LongRange, 358, "Model 3 Long Range 2022"),
        new("Model 3", 2023, 2023, TrimFamily.LongRange, 333, "Model 3 Long Range 2023"),
        new("Model 3", 2024, 2024, TrimFamily.LongRange, 341, "Model 3 Long Range 2024"),
        new("Model 3", 2020, 2020, TrimFamily.Performance, 299, "Model 3 Performance 2020"),
        new("Model 3", 2021, 2023, TrimFamily.Performance, 315, "Model 3 Performance 2021–2023"),
        new("Model Y", 2023, 2024, TrimFamily.Standard, 260, "Model Y Rear-Wheel Drive 2023–2024"),
        new("Model Y", 2020, 2020, TrimFamily.LongRange, 316, "Model Y Long Range 2020"),
        new("Model Y", 2021, 2021, TrimFamily.LongRange, 326, "Model Y Long Range 2021"),
        new("Model Y", 2022, 2023, TrimFamily.LongRange, 330, "Model Y Long Range 2022–2023"),
        new("Model Y", 2024, 2024, TrimFamily.LongRange, 310, "Model Y Long Range 2024"),
        new("Model Y", 2025, 2025, TrimFamily.LongRange, 327, "Model Y Long Range 2025"),
        new("Model Y", 2020, 2020, TrimFamily.Performance, 291, "Model Y Performance 2020"),
        new("Model Y", 2021, 2023, TrimFamily.Performance, 303, "Model Y Performance 2021–2023"),
        new("Model S", 2017, 2019, TrimFamily.Standard, 259, "Model S 75D 2017–2019"),
        new("Model S", 2018, 2019, TrimFamily.LongRange, 335, "Model S 100D 2018–2019"),
        new("Model S", 2021, 2025, TrimFamily.LongRange, 405, "Model S Long Range 2021–2025"),
        new("Model S", 2021, 2025, TrimFamily.Performance, 396, "Model S Plaid 2021–2025 (19\")"),
        new("Model X", 2018, 2020, TrimFamily.LongRange, 325, "Model X 100D 2018–2020"),
        new("Model X", 2021, 2025, TrimFamily.LongRange, 348, "Model X Long Range 2021–2025"),
        new("Model X", 2021, 2025, TrimFamily.Performance, 333, "Model X Plaid 2021–2025"),
    ];

    private static readonly OriginalRatedRange ModelSPlaid21Inch =
        new("Model S", 2021, 2025, TrimFamily.Performance, 359, "Model S Plaid 2021–2025 (21\")");

    /// <summary>The rows for a model and year, all trims.</summary>
    public static IReadOnlyList<OriginalRatedRange> For(string model, int modelYear) =>
        [.. All.Where(row => row.Model == model && row.FirstYear <= modelYear && modelYear <= row.LastYear)];

    /// <summary>The row for a known trim, with the Plaid's 21" wheels rated lower than its 19" ones.</summary>
    public static OriginalRatedRange? Find(string model, int modelYear, TrimFamily trim, string? wheelType = null)
    {
        var row = For(model, modelYear).FirstOrDefault(candidate => candidate.Trim == trim);
        return row is { Model: "Model S", Trim: TrimFamily.Performance } && wheelType?.Contains("21", StringComparison.Ordinal) == true
            ? ModelSPlaid21Inch
            : row;
    }

    /// <summary>
    /// Tesla's badge: 3/Y <c>50</c> (or none) Standard/RWD, <c>62</c> Mid Range, <c>74</c>/<c>74d</c> Long Range,
    /// <c>p74d</c> Performance; S/X <c>75d</c> and smaller Standard, <c>90d</c>/<c>100d</c> Long Range, <c>p…</c> or a
    /// Plaid performance package Performance. Null when there is no badge to read or it is not one of these.
    /// </summary>
    public static TrimFamily? TrimOf(string model, string? trimBadging, string? performancePackage)
    {
        var package = performancePackage?.Trim().ToLowerInvariant();
        if (package is "performance" or "plaid")
        {
            return TrimFamily.Performance;
        }

        if (trimBadging is null)
        {
            return null;
        }

        var badge = trimBadging.Trim().ToLowerInvariant();
        if (badge.StartsWith('p') || badge.Contains("plaid", StringComparison.Ordinal))
        {
            return TrimFamily.Performance;
        }

        // Tesla leaves the badge empty on the base Rear-Wheel Drive 3 and Y (it has no badge on the boot lid).
        var isSmallCar = model is "Model 3" or "Model Y";
        if (badge.Length == 0)
        {
            return isSmallCar ? TrimFamily.Standard : null;
        }

        if (!int.TryParse(badge.TrimEnd('d'), out var packKwh))
        {
            return null;
        }

        return (isSmallCar, packKwh) switch
        {
            (true, 50) => TrimFamily.Standard,
            (true, 62) => TrimFamily.MidRange,
            (true, 74) => TrimFamily.LongRange,
            (false, <= 75) => TrimFamily.Standard,
            (false, >= 85) => TrimFamily.LongRange,
            _ => null,
        };
    }
}
