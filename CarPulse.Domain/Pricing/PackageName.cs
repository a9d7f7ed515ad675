namespace CarPulse.Domain.Pricing;

public enum PackageName
{
    Basic,
    Pro,
    Expert,
}

public static class PackageNames
{
    public static string ToWireName(this PackageName name) => name switch
    {
        PackageName.Basic => "basic",
        PackageName.Pro => "pro",
        PackageName.Expert => "expert",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown package."),
    };

    /// <summary>
    /// Accepts only the wire names, case-insensitive and trimmed. Unlike <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/>
    /// it refuses numbers such as "1", which would otherwise pick a package by its position.
    /// </summary>
    public static bool TryParse(string? value, out PackageName name)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "basic":
                name = PackageName.Basic;
                return true;
            case "pro":
                name = PackageName.Pro;
                return true;
            case "expert":
                name = PackageName.Expert;
                return true;
            default:
                name = default;
                return false;
        }
    }
}
