using System.Globalization;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Tesla;

namespace CarPulse.Domain.Reports.Sheet;

/// <summary>The sections read from <c>vehicle_data</c>: identity, battery and health estimate, tyres, security, climate, location.</summary>
internal static class VehicleSections
{
    public static IEnumerable<SheetSection> For(SessionVehicle vehicle, VehicleData? data, SheetFormat format)
    {
        var config = data?.VehicleConfig;
        yield return new SheetSection(SheetSectionKind.Vehicle, format.Text("Vehicle"),
        [
            SheetFacts.Of(
                (format.Text("Name"), vehicle.DisplayName),
                (format.Text("Model"), vehicle.Model),
                (format.Text("Model year"), vehicle.Year?.ToString(CultureInfo.InvariantCulture)),
                (format.Text("VIN"), vehicle.MaskedVin),
                (format.Text("Trim"), config?.TrimBadging?.ToUpperInvariant()),
                (format.Text("Colour"), config?.ExteriorColor),
                (format.Text("Wheels"), config?.WheelType),
                (format.Text("Software"), data?.VehicleState?.CarVersion),
                (format.Text("Odometer"), format.Distance(data?.VehicleState?.Odometer))),
        ]);

        if (data?.ChargeState is { } charge)
        {
            yield return Battery(charge, BatteryHealth.Estimate(data, vehicle.Model, vehicle.Year), format);
        }

        if (data?.VehicleState is { } state)
        {
            yield return new SheetSection(SheetSectionKind.Tyres, format.Text("Tyres"),
            [
                SheetFacts.Of(
                    (format.Text("Front left"), Tyre(state.TpmsPressureFl, state.TpmsSoftWarningFl, state.TpmsHardWarningFl, format)),
                    (format.Text("Front right"), Tyre(state.TpmsPressureFr, state.TpmsSoftWarningFr, state.TpmsHardWarningFr, format)),
                    (format.Text("Rear left"), Tyre(state.TpmsPressureRl, state.TpmsSoftWarningRl, state.TpmsHardWarningRl, format)),
                    (format.Text("Rear right"), Tyre(state.TpmsPressureRr, state.TpmsSoftWarningRr, state.TpmsHardWarningRr, format))),
            ]);
            yield return new SheetSection(SheetSectionKind.Security, format.Text("Security"),
            [
                SheetFacts.Of(
                    (format.Text("Locked"), format.YesNo(state.Locked)),
                    (format.Text("Sentry Mode"), format.YesNo(state.SentryMode)),
                    (format.Text("Valet Mode"), format.YesNo(state.ValetMode)),
                    (format.Text("Dashcam"), state.DashcamState)),
            ]);
        }

        if (data?.ClimateState is { } climate)
        {
            yield return new SheetSection(SheetSectionKind.Climate, format.Text("Climate"),
            [
                SheetFacts.Of((format.Text("Inside"), format.Temperature(climate.InsideTemp)), (format.Text("Outside"), format.Temperature(climate.OutsideTemp))),
            ]);
        }

        if (data?.DriveState is { Latitude: { } latitude, Longitude: { } longitude })
        {
            // Rounded to about a kilometre: enough to place the car, not to find it.
            var near = format.Text("Near {0}, {1}", latitude.ToString("0.00", CultureInfo.InvariantCulture), longitude.ToString("0.00", CultureInfo.InvariantCulture));
            yield return new SheetSection(SheetSectionKind.Location, format.Text("Location"), [new SheetNote(near)]);
        }
    }

    private static SheetSection Battery(ChargeState charge, BatteryHealthEstimate? health, SheetFormat format)
    {
        List<SheetBlock> blocks =
        [
            SheetFacts.Of(
                (format.Text("Charge level"), SheetFormat.Percent(charge.BatteryLevel)),
                (format.Text("Range"), format.Distance(charge.BatteryRange)),
                (format.Text("Charge limit"), SheetFormat.Percent(charge.ChargeLimitSoc)),
                (format.Text("Charging state"), charge.ChargingState)),
        ];
        if (health is not null)
        {
            blocks.Add(new BatteryHealthNote(
                $"{format.Text("Battery health (estimate)")}: {health.HealthPercent.ToString("0.0", format.Culture)} %",
                format.Text(
                    "Rated range at 100 % is about {0}, against {1} when new ({2}). Confidence: {3}.",
                    format.Distance(health.EstimatedFullRangeMiles) ?? string.Empty,
                    format.Distance(health.OriginalRangeMiles) ?? string.Empty,
                    health.OriginalRangeLabel,
                    format.Text(health.Confidence.ToString()))));
        }

        return new SheetSection(SheetSectionKind.Battery, format.Text("Battery and charging"), blocks);
    }

    private static string? Tyre(double? bar, bool? soft, bool? hard, SheetFormat format) => format.Pressure(bar) is not { } text
        ? null
        : hard == true ? $"{text} — {format.Text("check now")}" : soft == true ? $"{text} — {format.Text("pressure low")}" : text;
}
