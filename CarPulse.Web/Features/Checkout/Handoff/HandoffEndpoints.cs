using CarPulse.Domain.Orders.Handoffs;
using CarPulse.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CarPulse.Web.Features.Checkout.Handoff;

/// <summary>
/// <c>GET /handoff/{token}</c>, opened by the phone that scanned the car's QR code: a redirect to the
/// order, or to the landing page with "This link has expired" for any token that opens nothing.
/// </summary>
public static class HandoffEndpoints
{
    public const string PathPrefix = "handoff";
    public const string QueryParameter = "handoff";
    public const string ExpiredValue = "expired";
    public const string ExpiredLanding = $"/?{QueryParameter}={ExpiredValue}";

    public static IEndpointRouteBuilder MapHandoff(this IEndpointRouteBuilder app)
    {
        app.MapGet($"/{PathPrefix}/{{token}}", OpenAsync).RequireRateLimiting(ApiExtensions.SessionPolicy).ExcludeFromDescription();
        return app;
    }

    private static async Task<RedirectHttpResult> OpenAsync(string token, HandoffService handoffs, HttpResponse response, CancellationToken cancellationToken)
    {
        // The token and the order URL are both bearer secrets: neither may be cached or leak as a referrer.
        BearerUrlHeaders.Apply(response);
        return await handoffs.RedeemAsync(token, cancellationToken) is HandoffRedemption.Opened opened
            ? TypedResults.Redirect($"/order/{opened.SessionId}")
            : TypedResults.Redirect(ExpiredLanding);
    }
}
