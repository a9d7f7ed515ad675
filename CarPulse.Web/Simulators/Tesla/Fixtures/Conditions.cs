namespace CarPulse.Web.Simulators.Tesla.Fixtures;

internal static class Conditions
{
    public static readonly TyrePressures Normal = new(2.9, 2.9, 2.9, 2.9);

    /// <summary>A parked, unplugged, locked car in Finnish autumn, metric display, 4 % battery degradation.</summary>
    public static VehicleCondition Parked(double odometerMiles, string carVersion, int batteryLevel, GeoPoint location) => new(
        odometerMiles, carVersion, batteryLevel, batteryLevel, 80, "Disconnected", 4.0, 11.5, 3.5, location, Normal, DisplayUnits.Metric);
}
