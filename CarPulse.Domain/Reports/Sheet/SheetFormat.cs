using System.Globalization;
using System.Resources;

namespace CarPulse.Domain.Reports.Sheet;

/// <summary>
/// The report's text and values in one culture and the car's units. Text comes from <c>SheetText.fi.resx</c> and
/// <c>SheetText.sv.resx</c> with the English text as the key, so a missing translation falls back to English.
/// </summary>
internal sealed class SheetFormat(CultureInfo culture, DisplayUnits units, TimeZoneInfo timeZone)
{
    private static readonly ResourceManager Resources = new("CarPulse.Domain.Reports.Sheet.SheetText", typeof(SheetFormat).Assembly);

    public CultureInfo Culture => culture;

    public string Text(string english) => Resources.GetString(english, culture) ?? english;

    public string Text(string english, params object[] arguments) => string.Format(culture, Text(english), arguments);

    public string Number(decimal value) => value.ToString("N0", culture);

    public string Kwh(decimal value) => $"{Number(value)} kWh";

    public string? Distance(double? miles) =>
        miles is { } value ? $"{units.DistanceFromMiles(value).ToString("N0", culture)} {units.DistanceSymbol}" : null;

    public string? Temperature(double? celsius) =>
        celsius is { } value ? $"{units.TemperatureFromCelsius(value).ToString("0.#", culture)} {units.TemperatureSymbol}" : null;

    public string? Pressure(double? bar) =>
        bar is { } value ? $"{units.PressureFromBar(value).ToString("0.0", culture)} {units.PressureSymbol}" : null;

    public static string? Percent(int? value) => value is { } percent ? $"{percent} %" : null;

    public string? YesNo(bool? value) => value switch { true => Text("Yes"), false => Text("No"), null => null };

    /// <summary>The calendar date as the timestamp carries it (a charging site's own day, a warranty's end), not moved to another zone.</summary>
    public string Date(DateTimeOffset at) => at.ToString("d", culture);

    public string DateAndTime(DateTimeOffset at) => Local(at).ToString("g", culture);

    public string Month(int year, int month) => new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified).ToString("MMM", culture);

    private DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, timeZone);
}
