using CarPulse.Domain.Funnel;
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

    /// <summary>
    /// A new sign-in, or with <paramref name="order"/> a reconnect of a paid order; <paramref name="then"/> says what
    /// the order does once reconnected: <c>retry</c> (the default) fetches the missing parts again, <c>invoices</c> the charging invoices.
    /// </summary>
    private static async Task<RedirectHttpResult> ConnectAsync(
        HttpContext context,
        TeslaConnect connect,
        FunnelRecorder funnel,
        IOptions<TeslaOptions> options,
        PublicAddress publicAddress,
        IHostEnvironment environment,
        string? order,
        string? then,
        string? brand,
        CancellationToken cancellationToken)
    {
        BearerUrlHeaders.Apply(context.Response);
        var redirectUri = RedirectUri(context, options.Value, publicAddress);
        var browserKey = TeslaSignInCookie.Issue(context, options.Value.StateLifetime, environment.IsDevelopment());
        if (order is null)
        {
            var authorizeUrl = await connect.StartAsync(redirectUri, browserKey, cancellationToken);
            var visit = FunnelEvent.NewVisitKey();
            if (brand == "tesla")
            {
                await funnel.RecordAsync(FunnelStep.BrandChosen, visit);
            }

            await funnel.RecordAsync(FunnelStep.OAuthStarted, visit);
            return TypedResults.Redirect(authorizeUrl);
        }

        return TypedResults.Redirect(await connect.StartReconnectAsync(new Reconnection(order, TeslaReconnect.Work(then)), redirectUri, browserKey, cancellationToken));
    }

    private static async Task<RedirectHttpResult> CallbackAsync(
        HttpContext context,
        TeslaConnect connect,
        FunnelRecorder funnel,
        IOptions<TeslaOptions> options,
        PublicAddress publicAddress,
        IHostEnvironment environment,
        string? code,
        string? state,
        string? error,
        CancellationToken cancellationToken)
    {
        BearerUrlHeaders.Apply(context.Response);
        var browserKey = TeslaSignInCookie.Read(context, environment.IsDevelopment());
        var result = await connect.CompleteAsync(code, state, error, RedirectUri(context, options.Value, publicAddress), browserKey, cancellationToken);
        if (result is { SessionId: { } connected, Failure: null, Reconnected: false })
        {
            await funnel.OrderReachedAsync(FunnelStep.OAuthCompleted, connected);
        }

        return result switch
        {
            { SessionId: { } sessionId, Failure: { } failure } => TypedResults.Redirect($"/order/{sessionId}?reconnect={ErrorCode(failure)}"),
            { SessionId: { } sessionId } => TypedResults.Redirect($"/order/{sessionId}"),
            _ => TypedResults.Redirect($"{BrandPath}?error={ErrorCode(result.Failure ?? ConnectFailure.TeslaUnavailable)}"),
        };
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
        ConnectFailure.OtherAccount => "other_account",
        ConnectFailure.OtherBrowser => "browser",
        _ => "unavailable",
    };

    private static string RedirectUri(HttpContext context, TeslaOptions options, PublicAddress publicAddress) =>
        string.IsNullOrWhiteSpace(options.RedirectUri)
            ? new Uri(publicAddress.BaseFor(context.Request), CallbackPath.TrimStart('/')).ToString()
            : options.RedirectUri;
}
