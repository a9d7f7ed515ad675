using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;

namespace CarPulse.Web.Simulators.Tesla.Auth;

/// <summary>
/// Tokens shaped like Tesla's: <c>base64url(header).base64url(payload).base64url(signature)</c>. The signature is random
/// bytes; the simulator recognises its tokens by lookup, not by verifying them.
/// </summary>
internal static class Jwt
{
    private static readonly string Header = Base64Url.EncodeToString(
        JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = "carpulse-simulator" }));

    public static string Create(IReadOnlyDictionary<string, object?> claims) =>
        $"{Header}.{Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims))}.{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(256))}";
}
