namespace CarPulse.Web.Simulators.Tesla.Fixtures;

internal sealed record RecentAlert(string Name, DateTimeOffset Time, IReadOnlyList<string> Audience, string UserText);

/// <summary>Zero (about a third of cars) to three recent alerts per car, plus a tyre alert for a car with a soft TPMS warning.</summary>
internal static class RecentAlerts
{
    private static readonly (string Name, string[] Audience, string Text)[] Catalogue =
    [
        ("VCFRONT_a180_lowVoltageBatteryWarning", ["service-fix", "customer"], "Low voltage battery needs service - Schedule service soon"),
        ("APP_w222_v2_autopilotUnavailable", ["customer"], "Autopilot features temporarily unavailable - Try again on next drive"),
        ("CP_a078_chargeStoppedCableUnlatched", ["customer"], "Charging stopped - Charge cable unlatched"),
        ("VCSEC_a030_keyFobBatteryLow", ["customer"], "Key fob battery low - Replace key fob battery"),
        ("GTW_w003_cameraCalibrationInProgress", ["customer"], "Camera calibration in progress - Some features unavailable"),
        ("BMS_w216_chargeLimitReducedCold", ["customer"], "Charging speed reduced - Battery is cold"),
        ("UI_a010_mapUpdateFailed", ["service-fix"], "Map update failed - Will retry on Wi-Fi"),
        ("THC_w065_cabinHvacPerformanceLimited", ["service-fix", "customer"], "Cabin climate performance limited - Service may be needed"),
    ];

    private static readonly DateTimeOffset Latest = new(2026, 11, 20, 18, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<RecentAlert> For(SimulatedVehicle vehicle)
    {
        var random = new FixtureRandom("alerts:" + vehicle.Vin);
        var alerts = Enumerable.Range(0, Math.Max(0, random.Next(-2, 4)))
            .Select(_ => random.Pick(Catalogue))
            .DistinctBy(alert => alert.Name)
            .Select(alert => new RecentAlert(alert.Name, Latest.AddMinutes(-random.Next(60, 40 * 24 * 60)).AddMilliseconds(random.Next(0, 1000)), alert.Audience, alert.Text))
            .ToList();
        var tyres = vehicle.Condition.Tyres;
        if (new[] { tyres.FrontLeft, tyres.FrontRight, tyres.RearLeft, tyres.RearRight }.Any(bar => bar < TyrePressures.SoftWarningBelow))
        {
            alerts.Add(new RecentAlert("TPMS_w002_softWarningLowPressure", Latest.AddHours(-5), ["customer"], "Tire pressure low - Check tire pressures"));
        }

        return [.. alerts.OrderByDescending(alert => alert.Time)];
    }
}
