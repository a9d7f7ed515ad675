namespace CarPulse.Domain.Vehicles;

public enum VehicleState
{
    Unknown,
    Online,
    Asleep,
    Offline,
}

public static class VehicleStates
{
    public static VehicleState Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "online" => VehicleState.Online,
        "asleep" => VehicleState.Asleep,
        "offline" => VehicleState.Offline,
        _ => VehicleState.Unknown,
    };

    public static string ToWireName(this VehicleState state) => state.ToString().ToLowerInvariant();
}
