using CarPulse.Domain.Tesla;

namespace CarPulse.Domain.Reports;

public enum DistanceUnit
{
    Kilometres,
    Miles,
}

public enum TemperatureUnit
{
    Celsius,
    Fahrenheit,
}

public enum PressureUnit
{
    Bar,
    Psi,
    Kilopascal,
}

/// <summary>
/// The units the car shows its driver (<c>gui_settings</c>). Tesla's API sends distances in miles, temperatures in °C
/// and tyre pressures in bar whatever the car displays, so these convert from exactly those.
/// </summary>
public sealed record DisplayUnits(DistanceUnit Distance, TemperatureUnit Temperature, PressureUnit Pressure)
{
    public const double KilometresPerMile = 1.609344;
    public const double PsiPerBar = 14.503773773;
    public const double KilopascalsPerBar = 100.0;

    public static DisplayUnits Metric { get; } = new(DistanceUnit.Kilometres, TemperatureUnit.Celsius, PressureUnit.Bar);

    public static DisplayUnits Imperial { get; } = new(DistanceUnit.Miles, TemperatureUnit.Fahrenheit, PressureUnit.Psi);

    /// <summary>Each setting the car did not send (or sent in a form we do not know) comes from <paramref name="fallback"/>, metric by default.</summary>
    public static DisplayUnits From(GuiSettings? gui, DisplayUnits? fallback = null)
    {
        fallback ??= Metric;
        return new DisplayUnits(
            DistanceFrom(gui?.GuiDistanceUnits) ?? fallback.Distance,
            TemperatureFrom(gui?.GuiTemperatureUnits) ?? fallback.Temperature,
            PressureFrom(gui?.GuiTirepressureUnits) ?? fallback.Pressure);
    }

    public double DistanceFromMiles(double miles) => Distance == DistanceUnit.Miles ? miles : miles * KilometresPerMile;

    public double TemperatureFromCelsius(double celsius) => Temperature == TemperatureUnit.Fahrenheit ? celsius * 9.0 / 5.0 + 32.0 : celsius;

    public double PressureFromBar(double bar) => Pressure switch
    {
        PressureUnit.Psi => bar * PsiPerBar,
        PressureUnit.Kilopascal => bar * KilopascalsPerBar,
        _ => bar,
    };

    /// <summary>Unit symbols are the same in en, fi and sv, so they need no localisation.</summary>
    public string DistanceSymbol => Distance == DistanceUnit.Miles ? "mi" : "km";

    public string TemperatureSymbol => Temperature == TemperatureUnit.Fahrenheit ? "°F" : "°C";

    public string PressureSymbol => Pressure switch
    {
        PressureUnit.Psi => "psi",
        PressureUnit.Kilopascal => "kPa",
        _ => "bar",
    };

    // Tesla sends "km/hr" / "mi/hr" (a speed unit standing for the distance unit), "C" / "F", "Bar" / "Psi" / "kPa".
    private static DistanceUnit? DistanceFrom(string? value) => Normalise(value) switch
    {
        ['k', 'm', ..] => DistanceUnit.Kilometres,
        ['m', 'i', ..] => DistanceUnit.Miles,
        _ => null,
    };

    private static TemperatureUnit? TemperatureFrom(string? value) => Normalise(value) switch
    {
        "c" or "celsius" => TemperatureUnit.Celsius,
        "f" or "fahrenheit" => TemperatureUnit.Fahrenheit,
        _ => null,
    };

    private static PressureUnit? PressureFrom(string? value) => Normalise(value) switch
    {
        "bar" => PressureUnit.Bar,
        "psi" => PressureUnit.Psi,
        "kpa" => PressureUnit.Kilopascal,
        _ => null,
    };

    private static string Normalise(string? value) => value?.Trim().ToLowerInvariant() ?? string.Empty;
}
