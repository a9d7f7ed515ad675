using Microsoft.AspNetCore.WebUtilities;

namespace CarPulse.Web.Simulators.Tesla.Auth;

internal sealed record OAuthError(string Error, string ErrorDescription);

/// <summary>The token endpoint's error bodies: <c>{"error":"invalid_grant","error_description":"…"}</c>.</summary>
internal static class OAuthErrors
{
    public static IResult Error(int status, string error, string description) =>
        SimulatorJson.Json(new OAuthError(error, description), SimulatorJson.Snake, status);

    public static IResult InvalidRequest(string description) => Error(StatusCodes.Status400BadRequest, "invalid_request", description);

    public static IResult InvalidGrant(string description) => Error(StatusCodes.Status400BadRequest, "invalid_grant", description);

    public static IResult LoginRequired(string description) => Error(StatusCodes.Status401Unauthorized, "login_required", description);

    /// <summary>A simulated fault on the token host.</summary>
    public static IResult ForStatus(int status) => Error(
        status,
        status switch
        {
            StatusCodes.Status401Unauthorized => "invalid_client",
            StatusCodes.Status429TooManyRequests => "rate_limited",
            StatusCodes.Status503ServiceUnavailable => "temporarily_unavailable",
            >= 500 => "server_error",
            _ => "invalid_request",
        },
        $"Simulated {status} {ReasonPhrases.GetReasonPhrase(status)}".TrimEnd());
}
