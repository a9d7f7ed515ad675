using System.Security.Cryptography;

namespace CarPulse.Domain;

/// <summary>
/// Crockford's base-32 alphabet for codes people read and type (order references, verification codes): no I, L, O
/// or U, so nothing is misread.
/// </summary>
public static class Crockford
{
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string NewCode(int length) => RandomNumberGenerator.GetString(Alphabet, length);
}
