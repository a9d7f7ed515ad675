namespace CarPulse.Domain.Pricing;

public enum VoucherType
{
    /// <summary>Value is percent off, 1–100.</summary>
    Percentage,

    /// <summary>Value is cents off; the total floors at zero.</summary>
    Fixed,

    /// <summary>The whole price off; value is always 100.</summary>
    Free,
}

public static class VoucherTypes
{
    public static string ToWireName(this VoucherType type) => type switch
    {
        VoucherType.Percentage => "percentage",
        VoucherType.Fixed => "fixed",
        VoucherType.Free => "free",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown voucher type."),
    };

    /// <summary>Accepts only the wire names, case-insensitive and trimmed; never numbers.</summary>
    public static bool TryParse(string? value, out VoucherType type)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "percentage":
                type = VoucherType.Percentage;
                return true;
            case "fixed":
                type = VoucherType.Fixed;
                return true;
            case "free":
                type = VoucherType.Free;
                return true;
            default:
                type = default;
                return false;
        }
    }
}
