using System.Buffers;

namespace CarPulse.Domain.Vehicles;

/// <summary>
/// A vehicle identification number: 17 characters of A–Z and 0–9 without I, O and Q. The check digit is not
/// enforced because EU- and China-built Teslas do not always satisfy it. <see cref="ToString"/> is masked so a
/// VIN written to a log is never complete; use <see cref="Value"/> deliberately.
/// </summary>
public readonly record struct Vin
{
    public const int Length = 17;
    private const int VisibleLength = 13;

    // Position 10 in the 30-year cycle starting 2010: letters skip I, O, Q, U and Z, then digits 1–9.
    private const string ModelYearCodes = "ABCDEFGHJKLMNPRSTVWXY123456789";
    private const int FirstModelYear = 2010;

    private static readonly SearchValues<char> VinCharacters =
        SearchValues.Create("ABCDEFGHJKLMNPRSTUVWXYZ0123456789");

    private readonly string? _value;

    private Vin(string value) => _value = value;

    /// <summary>The full VIN, upper-case. Empty for <c>default(Vin)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The first 13 characters and "****" in place of the serial's last four.</summary>
    public string Masked => _value is null ? string.Empty : string.Concat(_value.AsSpan(0, VisibleLength), "****");

    /// <summary>Position 4: S, X, 3, Y, R (Roadster), C (Cybertruck), T (Semi).</summary>
    public char ModelLetter => _value is null ? '\0' : _value[3];

    /// <summary>From position 10; null for a code outside the cycle.</summary>
    public int? ModelYear
    {
        get
        {
            var index = _value is null ? -1 : ModelYearCodes.IndexOf(_value[9], StringComparison.Ordinal);
            return index < 0 ? null : FirstModelYear + index;
        }
    }

    public static bool TryParse(string? value, out Vin vin)
    {
        var candidate = value?.Trim().ToUpperInvariant();
        if (candidate is null || candidate.Length != Length || candidate.AsSpan().ContainsAnyExcept(VinCharacters))
        {
            vin = default;
            return false;
        }

        vin = new Vin(candidate);
        return true;
    }

    /// <exception cref="FormatException">When <paramref name="value"/> is not a VIN. The message does not repeat the input.</exception>
    public static Vin Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var vin)
            ? vin
            : throw new FormatException("A VIN must be 17 characters of A–Z and 0–9, without I, O or Q.");
    }

    public override string ToString() => Masked;
}
