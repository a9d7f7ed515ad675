using static System.FormattableString;

namespace CarPulse.Domain.Pricing;

/// <summary>The vehicle counts a band covers. A null <paramref name="MaxVehicles"/> is the open-ended top band.</summary>
public sealed record TierLabel(int MinVehicles, int? MaxVehicles)
{
    public override string ToString() => MaxVehicles switch
    {
        null => Invariant($"{MinVehicles}+ vehicles"),
        1 when MinVehicles == 1 => "1 vehicle",
        int max when max == MinVehicles => Invariant($"{max} vehicles"),
        int max => Invariant($"{MinVehicles}–{max} vehicles"),
    };
}
