using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Primitives;

namespace CarPulse.Web.Simulators.Tesla.Auth;

/// <summary>Validates Tesla's <c>/authorize</c> query. A request that fails is shown as an error page, never redirected.</summary>
internal static class AuthorizationRequestParser
{
    public static bool TryParse(IQueryCollection query, [NotNullWhen(true)] out AuthorizationRequest? request, out string problem)
    {
        request = null;
        var redirectUri = Value(query["redirect_uri"]);
        var challenge = Value(query["code_challenge"]);
        var method = Value(query["code_challenge_method"]);
        var scopes = TeslaScopes.Split(query["scope"]).Where(TeslaScopes.UserScopes.ContainsKey).ToArray();
        problem =
            Value(query["response_type"]) != "code" ? "response_type must be \"code\"."
            : Value(query["client_id"]) is null ? "client_id is required."
            : redirectUri is null ? "redirect_uri is required."
            : !IsAbsoluteWebUrl(redirectUri) ? "redirect_uri must be an absolute http or https URL."
            : Value(query["state"]) is null ? "state is required."
            : scopes.Length == 0 ? "scope must name at least one Tesla scope, e.g. \"openid offline_access vehicle_device_data\"."
            : challenge is not null && method != "S256" ? "code_challenge_method must be S256."
            : challenge is null && method is not null ? "code_challenge_method was sent without a code_challenge."
            : challenge is { Length: < 43 or > 128 } ? "code_challenge must be 43 to 128 base64url characters."
            : string.Empty;
        if (problem.Length > 0)
        {
            return false;
        }

        request = new AuthorizationRequest(
            Value(query["client_id"]) ?? string.Empty, redirectUri ?? string.Empty, scopes, Value(query["state"]) ?? string.Empty, challenge, Value(query["nonce"]));
        return true;
    }

    private static bool IsAbsoluteWebUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string? Value(StringValues values) => values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;
}
