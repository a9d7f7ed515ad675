using CarPulse.Domain.Reports;
using CarPulse.Domain.Tesla;

namespace CarPulse.Tests.Domain.Reports;

public sealed class DisplayUnitsTests
{
    [Theory]
    [InlineData("km/hr", "C", "Bar", DistanceUnit.Kilometres, TemperatureUnit.Celsius, PressureUnit.Bar)]
    [InlineData("mi/hr", "F", "Psi", DistanceUnit.Miles, TemperatureUnit.Fahrenheit, PressureUnit.Psi)]
    [InlineData("km/hr", "C", "kPa", DistanceUnit.Kilometres, TemperatureUnit.Celsius, PressureUnit.Kilopascal)]
    [InlineData("mi/hr", "C", "Bar", DistanceUnit.Miles, TemperatureUnit.Celsius, PressureUnit.Bar)]
    public void Gui_settings_choose_the_display_units(
        string distance, string temperature, string pressure, DistanceUnit expectedDistance, TemperatureUnit expectedTemperature, PressureUnit expectedPressure)
    {
        var units = DisplayUnits.From(new GuiSettings(distance, temperature, "Rated", "kW", pressure, true));

        Assert.Equal(new DisplayUnits(expectedDistance, expectedTemperature, expectedPressure), units);
    }

    [Fact]
    public void Missing_or_unknown_settings_fall_back_one_by_one()
    {
        Assert.Equal(DisplayUnits.Metric, DisplayUnits.From(null));
        Assert.Equal(DisplayUnits.Imperial, DisplayUnits.From(null, DisplayUnits.Imperial));
        Assert.Equal(
            new DisplayUnits(DistanceUnit.Miles, TemperatureUnit.Celsius, PressureUnit.Bar),
            DisplayUnits.From(new GuiSettings("mi/hr", null, null, null, "furlongs", null)));
    }

    [Theory]
    [InlineData(DistanceUnit.Kilometres, 100.0, 160.9344)]
    [InlineData(DistanceUnit.Miles, 100.0, 100.0)]
    [InlineData(DistanceUnit.Kilometres, 0.0, 0.0)]
    public void Distances_convert_from_miles(DistanceUnit unit, double miles, double expected)
    {
        var units = DisplayUnits.Metric with { Distance = unit };

        Assert.Equal(expected, units.DistanceFromMiles(miles), 6);
    }

    [Theory]
    [InlineData(TemperatureUnit.Fahrenheit, 0.0, 32.0)]
    [InlineData(TemperatureUnit.Fahrenheit, 100.0, 212.0)]
    [InlineData(TemperatureUnit.Fahrenheit, -40.0, -40.0)]
    [InlineData(TemperatureUnit.Fahrenheit, 21.5, 70.7)]
    [InlineData(TemperatureUnit.Celsius, 21.5, 21.5)]
    public void Temperatures_convert_from_celsius(TemperatureUnit unit, double celsius, double expected)
    {
        var units = DisplayUnits.Metric with { Temperature = unit };

        Assert.Equal(expected, units.TemperatureFromCelsius(celsius), 6);
    }

    [Theory]
    [InlineData(PressureUnit.Bar, 2.9, 2.9)]
    [InlineData(PressureUnit.Psi, 2.9, 42.06)]
    [InlineData(PressureUnit.Psi, 1.0, 14.50)]
    [InlineData(PressureUnit.Kilopascal, 2.9, 290.0)]
    public void Tyre_pressures_convert_from_bar(PressureUnit unit, double bar, double expected)
    {
        var units = DisplayUnits.Metric with { Pressure = unit };

        Assert.Equal(expected, Math.Round(units.PressureFromBar(bar), 2), 2);
    }

    [Fact]
    public void Symbols_follow_the_units()
    {
        Assert.Equal(("km", "°C", "bar"), (DisplayUnits.Metric.DistanceSymbol, DisplayUnits.Metric.TemperatureSymbol, DisplayUnits.Metric.PressureSymbol));
        Assert.Equal(("mi", "°F", "psi"), (DisplayUnits.Imperial.DistanceSymbol, DisplayUnits.Imperial.TemperatureSymbol, DisplayUnits.Imperial.PressureSymbol));
    }
}
