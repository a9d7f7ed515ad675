using System.Buffers.Text;
using System.Security.Cryptography;

namespace CarPulse.Domain;

/// <summary>
/// A secret that grants access by being known (session ids, handoff links, OAuth state and PKCE
/// verifiers): 32 random bytes, base64url without padding, 43 characters.
/// </summary>
public static class BearerSecret
{
    private const int ByteLength = 32;
    public const int Length = 43;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(ByteLength));

    /// <summary>True when the text could be such a secret; anything else is unknown without a look-up.</summary>
    public static bool IsWellFormed(string? value) =>
        value is { Length: Length } && Base64Url.IsValid(value, out var decodedLength) && decodedLength == ByteLength;
}
