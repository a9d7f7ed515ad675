using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace CarPulse.Web.Features.Admin.Login;

/// <summary>The one password format of the back office: ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> V3 (PBKDF2).</summary>
public static class AdminPasswordHash
{
    private const byte V3Marker = 0x01;

    // The hasher ignores the user object; the type only satisfies its signature.
    private static readonly PasswordHasher<AdminOptions> Hasher = new();
    private static readonly AdminOptions Nobody = new();

    public static string Hash(string password) => Hasher.HashPassword(Nobody, password);

    /// <summary>Always runs the full key derivation, so a refusal costs as long as an acceptance.</summary>
    public static bool Verify(string hash, string password) =>
        Hasher.VerifyHashedPassword(Nobody, hash, password) != PasswordVerificationResult.Failed;

    public static bool IsV3(string hash)
    {
        var bytes = new byte[hash.Length];
        return Convert.TryFromBase64String(hash.Trim(), bytes, out var length) && length > 13 && bytes[0] == V3Marker;
    }

    /// <summary>A password nobody is told: 24 characters from 18 random bytes.</summary>
    public static string RandomPassword() => Base64Url(RandomNumberGenerator.GetBytes(18));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
