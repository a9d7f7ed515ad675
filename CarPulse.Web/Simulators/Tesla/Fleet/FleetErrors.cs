using Microsoft.AspNetCore.WebUtilities;

namespace CarPulse.Web.Simulators.Tesla.Fleet;

internal sealed record FleetError(object? Response, string Error, string ErrorDescription);

/// <summary>Tesla's Fleet error body, <c>{"response":null,"error":"…","error_description":""}</c>, with the texts of reference §4.</summary>
internal static class FleetErrors
{
    public const string VehicleUnavailable = "vehicle unavailable: vehicle is offline or asleep";
    public const string MissingScopesText = "Unauthorized missing scopes";

    public static IResult Error(int status, string error, string description = "") =>
        SimulatorJson.Json(new FleetError(null, error, description), SimulatorJson.Snake, status);

    public static IResult InvalidBearerToken() => Error(StatusCodes.Status401Unauthorized, "invalid bearer token");

    public static IResult TokenExpired() => Error(StatusCodes.Status401Unauthorized, "token expired (401)");

    public static IResult MissingScopes() => Error(StatusCodes.Status403Forbidden, MissingScopesText);

    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, "not_found");

    public static IResult Unavailable() => Error(StatusCodes.Status408RequestTimeout, VehicleUnavailable);

    public static IResult InvalidField(string field, string description) => Error(StatusCodes.Status400BadRequest, "invalid_field", $"{field}: {description}");

    public static IResult WrongRegion(string baseUrl) => Error(
        StatusCodes.Status421MisdirectedRequest,
        $"user out of region, use base URL: {baseUrl}, see https://developer.tesla.com/docs/fleet-api#regional-requirements");

    /// <summary>A simulated fault: the error Tesla gives for that status, or the lower-cased reason phrase.</summary>
    public static IResult ForStatus(int status) => Error(status, status switch
    {
        StatusCodes.Status401Unauthorized => "invalid bearer token",
        StatusCodes.Status403Forbidden => MissingScopesText,
        StatusCodes.Status404NotFound => "not_found",
        StatusCodes.Status408RequestTimeout => VehicleUnavailable,
        StatusCodes.Status412PreconditionFailed => "Account must be registered in the current region",
        StatusCodes.Status429TooManyRequests => "rate limit exceeded",
        540 => "vehicle returned an error",
        _ => ReasonPhrases.GetReasonPhrase(status).ToLowerInvariant() is { Length: > 0 } phrase ? phrase : "error",
    });
}
