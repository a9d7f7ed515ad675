using CarPulse.Domain.Tesla;
using CarPulse.Domain.Vehicles;

namespace CarPulse.Domain.Reports;

public enum EstimateConfidence
{
    Low,
    Medium,
    High,
}

/// <summary>
/// An estimate, never a measurement: the car's rated range scaled to 100 % against the new car's EPA rated range.
/// <see cref="MethodKey"/> names the method for the localised explanation next to it.
/// </summary>
public sealed record BatteryHealthEstimate(
    double EstimatedFullRangeMiles,
    double EstimatedFullRangeKm,
    double OriginalRangeMiles,
    double OriginalRangeKm,
    string OriginalRangeLabel,
    double HealthPercent,
    int ChargeLevelPercent,
    string MethodKey,
    EstimateConfidence Confidence);

public static class BatteryHealth
{
    /// <summary>Text key: rated range at the current charge level, scaled to 100 %, compared with the new car's EPA rated range.</summary>
    public const string RatedRangeVersusOriginalEpa = "battery_health.method.rated_range_vs_original_epa";

    // Above this the estimate is shown as 100 %: a new pack often reads a little over its EPA figure, and "103 % health"
    // would read as an error rather than as "as new".
    private const double MaximumHealthPercent = 100.0;

    // Beyond this the baseline is more likely the wrong trim (or a table error) than a pack better than new.
    private const double ImplausibleRatio = 1.10;

    /// <summary>Model from <c>car_type</c>, else the VIN; model year from the VIN.</summary>
    public static BatteryHealthEstimate? Estimate(VehicleData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var parsed = Vin.TryParse(data.Vin, out var vin);
        var model = CarModel.FromCarType(data.VehicleConfig?.CarType);
        if (model == CarModel.Unknown && parsed)
        {
            model = CarModel.FromVin(vin);
        }

        return Estimate(data, model, parsed ? vin.ModelYear : null);
    }

    /// <param name="model">A <see cref="CarModel"/> name ("Model 3").</param>
    /// <returns>Null without a rated range and charge level, without a model year, or without a baseline for the car.</returns>
    public static BatteryHealthEstimate? Estimate(VehicleData data, string model, int? modelYear)
    {
        ArgumentNullException.ThrowIfNull(data);
        var charge = data.ChargeState;
        if (charge?.BatteryRange is not > 0 || modelYear is not { } year)
        {
            return null;
        }

        // Tesla's rated range counts usable energy only: a cold pack shows usable < level, and dividing by the level
        // would blame the cold on the battery (TeslaMate divides by the usable level for the same reason).
        var level = charge.UsableBatteryLevel is > 0 ? charge.UsableBatteryLevel : charge.BatteryLevel;
        if (level is not (> 0 and <= 100) || charge.BatteryRange is not { } ratedRange)
        {
            return null;
        }

        var config = data.VehicleConfig;
        var trim = OriginalRatedRanges.TrimOf(model, config?.TrimBadging, config?.PerformancePackage);
        var original = trim is { } known
            ? OriginalRatedRanges.Find(model, year, known, config?.WheelType)
            : SingleCandidate(model, year);
        if (original is null)
        {
            return null;
        }

        var fullRange = ratedRange / level.Value * 100.0;
        var ratio = fullRange / original.Miles;
        var confidence = ConfidenceOf(level.Value, charge, trimKnown: trim is not null, ratio);
        return new BatteryHealthEstimate(
            Math.Round(fullRange, 1),
            Math.Round(fullRange * DisplayUnits.KilometresPerMile, 1),
            original.Miles,
            Math.Round(original.Miles * DisplayUnits.KilometresPerMile, 1),
            original.Label,
            Math.Round(Math.Min(ratio * 100.0, MaximumHealthPercent), 1, MidpointRounding.AwayFromZero),
            level.Value,
            RatedRangeVersusOriginalEpa,
            confidence);
    }

    // Without a readable badge we can still compare when the model year had only one trim's range.
    private static OriginalRatedRange? SingleCandidate(string model, int year) =>
        OriginalRatedRanges.For(model, year) is [var only] ? only : null;

    private static EstimateConfidence ConfidenceOf(int level, ChargeState charge, bool trimKnown, double ratio)
    {
        // Range at low charge extrapolates furthest; usable ≠ level means a cold pack whose range is depressed, and
        // one of the two missing means we cannot tell.
        var levelsDisagree = charge.BatteryLevel != charge.UsableBatteryLevel;
        if (level < 50 || !trimKnown || levelsDisagree || ratio > ImplausibleRatio)
        {
            return EstimateConfidence.Low;
        }

        return level >= 80 ? EstimateConfidence.High : EstimateConfidence.Medium;
    }
}
