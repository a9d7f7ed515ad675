using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CarPulse.Web.Simulators.Tesla.Auth;

/// <summary>RFC 7636 S256: <c>BASE64URL(SHA256(code_verifier)) == code_challenge</c>.</summary>
internal static class Pkce
{
    public static bool Verifies(string? verifier, string challenge)
    {
        if (verifier is null or { Length: < 43 or > 128 })
        {
            return false;
        }

        var computed = Encoding.ASCII.GetBytes(Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
        return CryptographicOperations.FixedTimeEquals(computed, Encoding.ASCII.GetBytes(challenge));
    }
}
