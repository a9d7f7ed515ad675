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
        [AsParameters] TeslaSignInRequest signIn, string? order, string? then, string? brand, CancellationToken cancellationToken)
    {
        BearerUrlHeaders.Apply(signIn.Context.Response);
        var browserKey = signIn.IssueBrowserKey();
        if (order is null)
        {
            var authorizeUrl = await signIn.Connect.StartAsync(signIn.RedirectUri, browserKey, cancellationToken);
            var visit = FunnelEvent.NewVisitKey();
            if (brand == "tesla")
            {
                await signIn.Funnel.RecordAsync(FunnelStep.BrandChosen, visit);
            }

            await signIn.Funnel.RecordAsync(FunnelStep.OAuthStarted, visit);
            return TypedResults.Redirect(authorizeUrl);
        }

        var reconnection = new Reconnection(order, TeslaReconnect.Work(then));
        return TypedResults.Redirect(await signIn.Connect.StartReconnectAsync(reconnection, signIn.RedirectUri, browserKey, cancellationToken));
    }

    private static async Task<RedirectHttpResult> CallbackAsync(
        [AsParameters] TeslaSignInRequest signIn, string? code, string? state, string? error, CancellationToken cancellationToken)
    {
        BearerUrlHeaders.Apply(signIn.Context.Response);
        if (state is not null && !QueryIds.IsId(state))
        {
            return TypedResults.Redirect($"{BrandPath}?error={ErrorCode(ConnectFailure.InvalidState)}");
        }

        var result = await signIn.Connect.CompleteAsync(code, state, error, signIn.RedirectUri, signIn.BrowserKey, cancellationToken);
        if (result is { SessionId: { } connected, Failure: null, Reconnected: false })
        {
            await signIn.Funnel.OrderReachedAsync(FunnelStep.OAuthCompleted, connected);
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
}
