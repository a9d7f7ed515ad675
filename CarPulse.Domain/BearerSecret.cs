using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

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
    public static bool IsWellFormed([NotNullWhen(true)] string? value) =>
        value is { Length: Length } && Base64Url.IsValid(value, out var decodedLength) && decodedLength == ByteLength;

    /// <summary>
    /// What the database keeps of a secret that only its holder should present (an admin session, a browser's sign-in
    /// key): SHA-256 in lower-case hex, so a copy of the database grants nothing. Plain SHA-256 suffices: the secret has
    /// 256 random bits, so there is nothing to guess.
    /// </summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public const int HashLength = 64;
}
