using CarPulse.Domain.Reports;
using CarPulse.Domain.Tesla;

namespace CarPulse.Tests.Domain.Reports;

public sealed class BatteryHealthTests
{
    // N in position 10: model year 2022.
    private const string Model3Vin2022 = "5YJ3E1EB1NF123456";

    [Fact]
    public void A_2022_Model_3_Long_Range_at_80_percent_is_compared_with_its_358_mile_EPA_range()
    {
        var data = Car(batteryLevel: 80, batteryRange: 272.08);

        var estimate = BatteryHealth.Estimate(data, "Model 3", 2022);

        Assert.NotNull(estimate);
        Assert.Equal(340.1, estimate.EstimatedFullRangeMiles);
        Assert.Equal(547.3, estimate.EstimatedFullRangeKm);
        Assert.Equal(358, estimate.OriginalRangeMiles);
        Assert.Equal(576.1, estimate.OriginalRangeKm);
        Assert.Equal(95.0, estimate.HealthPercent);
        Assert.Equal(BatteryHealth.RatedRangeVersusOriginalEpa, estimate.MethodKey);
        Assert.Equal(EstimateConfidence.High, estimate.Confidence);
    }

    [Fact]
    public void Model_and_year_come_from_car_type_and_the_VIN_when_not_given()
    {
        var estimate = BatteryHealth.Estimate(Car(batteryLevel: 80, batteryRange: 272.08));

        Assert.Equal(95.0, estimate?.HealthPercent);
    }

    [Fact]
    public void A_low_charge_level_gives_low_confidence()
    {
        var estimate = BatteryHealth.Estimate(Car(batteryLevel: 35, batteryRange: 119.0), "Model 3", 2022);

        Assert.Equal(EstimateConfidence.Low, estimate?.Confidence);
    }

    [Fact]
    public void A_mid_charge_level_with_a_known_trim_gives_medium_confidence()
    {
        var estimate = BatteryHealth.Estimate(Car(batteryLevel: 60, batteryRange: 204.0), "Model 3", 2022);

        Assert.Equal(EstimateConfidence.Medium, estimate?.Confidence);
    }

    [Fact]
    public void A_cold_pack_divides_by_the_usable_level_and_is_low_confidence()
    {
        var estimate = BatteryHealth.Estimate(Car(batteryLevel: 82, batteryRange: 272.08, usableLevel: 80), "Model 3", 2022);

        Assert.Equal(95.0, estimate?.HealthPercent);
        Assert.Equal(EstimateConfidence.Low, estimate?.Confidence);
    }

    [Fact]
    public void A_missing_usable_level_still_estimates_from_the_battery_level_with_low_confidence()
    {
        var data = Car(batteryLevel: 80, batteryRange: 272.08) is { ChargeState: { } charge } car
            ? car with { ChargeState = charge with { UsableBatteryLevel = null } }
            : throw new InvalidOperationException("The test car has a charge state.");

        var estimate = BatteryHealth.Estimate(data, "Model 3", 2022);

        Assert.Equal(95.0, estimate?.HealthPercent);
        Assert.Equal(EstimateConfidence.Low, estimate?.Confidence);
    }

    [Fact]
    public void A_range_above_the_original_is_capped_at_100_percent_and_low_confidence()
    {
        var estimate = BatteryHealth.Estimate(Car(batteryLevel: 90, batteryRange: 360.0), "Model 3", 2022);

        Assert.Equal(100.0, estimate?.HealthPercent);
        Assert.Equal(EstimateConfidence.Low, estimate?.Confidence);
    }

    [Fact]
    public void An_empty_badge_on_a_Model_3_is_the_Rear_Wheel_Drive()
    {
        var estimate = BatteryHealth.Estimate(Car(batteryLevel: 100, batteryRange: 258.4, trimBadging: ""), "Model 3", 2023);

        Assert.Equal(272, estimate?.OriginalRangeMiles);
        Assert.Equal(95.0, estimate?.HealthPercent);
    }

    [Fact]
    public void An_unknown_trim_is_estimated_only_when_the_year_had_one_range_and_then_with_low_confidence()
    {
        var modelX = Car(batteryLevel: 90, batteryRange: 280.0, trimBadging: null) with { VehicleConfig = null };

        Assert.Null(BatteryHealth.Estimate(Car(batteryLevel: 90, batteryRange: 300.0, trimBadging: null), "Model 3", 2022));
        var estimate = BatteryHealth.Estimate(modelX, "Model X", 2019);
        Assert.Equal(325, estimate?.OriginalRangeMiles);
        Assert.Equal(EstimateConfidence.Low, estimate?.Confidence);
    }

    [Fact]
    public void A_Plaid_on_21_inch_wheels_is_compared_with_the_lower_21_inch_rating()
    {
        var plaid = Car(batteryLevel: 80, batteryRange: 280.0) with
        {
            VehicleConfig = new VehicleConfig("lychee", "p100d", "Black", "Arachnid21Grey", null, "Plaid", true, false, null, null, null),
        };

        Assert.Equal(359, BatteryHealth.Estimate(plaid, "Model S", 2023)?.OriginalRangeMiles);
    }

    [Theory]
    [InlineData(null, 272.0)]
    [InlineData(0, 272.0)]
    [InlineData(80, null)]
    [InlineData(80, 0.0)]
    public void Missing_charge_level_or_range_gives_no_estimate(int? level, double? range)
    {
        Assert.Null(BatteryHealth.Estimate(Car(level, range) with { ChargeState = new(level, null, range, null, null, 90, null, null, null, null, null, null, null) }, "Model 3", 2022));
    }

    [Fact]
    public void No_charge_state_no_model_year_or_no_baseline_gives_no_estimate()
    {
        Assert.Null(BatteryHealth.Estimate(Car(80, 272.08) with { ChargeState = null }, "Model 3", 2022));
        Assert.Null(BatteryHealth.Estimate(Car(80, 272.08), "Model 3", null));
        Assert.Null(BatteryHealth.Estimate(Car(80, 272.08), "Cybertruck", 2024));
        Assert.Null(BatteryHealth.Estimate(Car(80, 272.08), "Model 3", 2012));
    }

    [Theory]
    [InlineData("Model 3", "50", null, TrimFamily.Standard)]
    [InlineData("Model 3", "", null, TrimFamily.Standard)]
    [InlineData("Model Y", "62", null, TrimFamily.MidRange)]
    [InlineData("Model Y", "74d", null, TrimFamily.LongRange)]
    [InlineData("Model 3", "74", null, TrimFamily.LongRange)]
    [InlineData("Model Y", "p74d", null, TrimFamily.Performance)]
    [InlineData("Model Y", "74d", "Performance", TrimFamily.Performance)]
    [InlineData("Model S", "75d", null, TrimFamily.Standard)]
    [InlineData("Model S", "100d", null, TrimFamily.LongRange)]
    [InlineData("Model S", "p100d", "Plaid", TrimFamily.Performance)]
    [InlineData("Model X", "", null, null)]
    [InlineData("Model 3", "xyz", null, null)]
    [InlineData("Model 3", null, null, null)]
    public void Trim_badges_decode_to_trim_families(string model, string? badge, string? package, TrimFamily? expected)
    {
        Assert.Equal(expected, OriginalRatedRanges.TrimOf(model, badge, package));
    }

    private static VehicleData Car(int? batteryLevel, double? batteryRange, int? usableLevel = null, string? trimBadging = "74d") =>
        new(1, Model3Vin2022, "online", "JT3",
            new ChargeState(batteryLevel, usableLevel ?? batteryLevel, batteryRange, null, null, 90, null, "Disconnected", 0, null, null, null, null),
            null, null, null,
            new VehicleConfig("model3", trimBadging, "MidnightSilver", "Pinwheel18", null, "Base", true, false, null, null, null),
            null);
}
