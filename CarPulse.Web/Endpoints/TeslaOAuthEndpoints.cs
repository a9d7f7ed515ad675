using CarPulse.Domain.Tesla;
using CarPulse.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CarPulse.Web.Endpoints;

/// <summary>
/// The two ends of Tesla sign-in. <c>/connect/tesla</c> sends the browser to Tesla with a fresh
/// state and PKCE challenge; <c>/oauth/tesla/callback</c> turns Tesla's answer into an order session,
/// or back to the brand step with the reason.
/// </summary>
public static class TeslaOAuthEndpoints
{
    public const string CallbackPath = "/oauth/tesla/callback";
    public const string BrandPath = "/start";

    public static IEndpointRouteBuilder MapTeslaOAuth(this IEndpointRouteBuilder app)
    {
        app.MapGet(ApiExtensions.TeslaSignInPath, ConnectAsync).RequireRateLimiting(ApiExtensions.OAuthPolicy).ExcludeFromDescription();
        app.MapGet(CallbackPath, CallbackAsync).ExcludeFromDescription();
        app.MapGet("/.well-known/appspecific/com.tesla.3p.public-key.pem", PublicKey).ExcludeFromDescription();
        return app;
    }

    private static async Task<RedirectHttpResult> ConnectAsync(HttpContext context, TeslaConnect connect, IOptions<TeslaOptions> options, CancellationToken cancellationToken)
    {
        BearerUrlHeaders.Apply(context.Response);
        return TypedResults.Redirect(await connect.StartAsync(RedirectUri(context, options.Value), cancellationToken));
    }

    private static async Task<RedirectHttpResult> CallbackAsync(
        HttpContext context,
        TeslaConnect connect,
        IOptions<TeslaOptions> options,
        string? code,
        string? state,
        string? error,
        CancellationToken cancellationToken)
    {
        BearerUrlHeaders.Apply(context.Response);
        var result = await connect.CompleteAsync(code, state, error, RedirectUri(context, options.Value), cancellationToken);
        return result.SessionId is { } sessionId
            ? TypedResults.Redirect($"/order/{sessionId}")
            : TypedResults.Redirect($"{BrandPath}?error={ErrorCode(result.Failure ?? ConnectFailure.TeslaUnavailable)}");
    }

    private static Results<ContentHttpResult, NotFound> PublicKey(IOptions<TeslaOptions> options) =>
        string.IsNullOrWhiteSpace(options.Value.PublicKeyPem)
            ? TypedResults.NotFound()
            : TypedResults.Text(options.Value.PublicKeyPem.Trim() + "\n", "application/x-pem-file");

    public static string ErrorCode(ConnectFailure failure) => failure switch
    {
        ConnectFailure.Denied => "denied",
        ConnectFailure.InvalidState => "state",
        ConnectFailure.ExchangeFailed => "exchange",
        ConnectFailure.NoVehicles => "no_vehicles",
        _ => "unavailable",
    };

    private static string RedirectUri(HttpContext context, TeslaOptions options) =>
        string.IsNullOrWhiteSpace(options.RedirectUri)
            ? $"{context.Request.Scheme}://{context.Request.Host}{CallbackPath}"
            : options.RedirectUri;
}
