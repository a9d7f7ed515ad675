using System.Security.Cryptography;

namespace CarPulse.Domain.Orders;

/// <summary>
/// The order's public name, e.g. <c>CP-7F3K9Q2M</c>: short enough to read over the phone, random
/// enough (40 bits) not to collide, and safe to give to payment providers and print on receipts.
/// </summary>
public static class OrderReference
{
    // Crockford's alphabet: no I, L, O or U, so nothing is misread.
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Characters = 8;
    public const int Length = 3 + Characters;

    public static string New() => "CP-" + RandomNumberGenerator.GetString(Alphabet, Characters);
}
