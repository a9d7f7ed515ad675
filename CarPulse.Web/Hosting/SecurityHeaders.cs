namespace CarPulse.Web.Hosting;

/// <summary>
/// Headers every answer carries (<c>nosniff</c>, HSTS outside Development) and the Content-Security-Policy of
/// every page. The policy is what Blazor Server and MudBlazor need and no more: scripts only from this site (no
/// inline script, no eval), styles from this site plus inline ones (MudBlazor writes <c>style</c> attributes and
/// its theme as a <c>&lt;style&gt;</c> block), the circuit's websocket to this host, never framed.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>Stripe's hosted checkout: a form whose answer redirects there must be allowed to.</summary>
    public const string PaymentProviderOrigin = "https://checkout.stripe.com";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        // Set as the answer starts, so error pages, static files and downloads get them as well as pages.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Apply(context);
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy(context.Request);
        }
    }

    internal static string ContentSecurityPolicy(HttpRequest request)
    {
        // 'self' covers the same host's websocket in CSP 3; older engines need it named.
        var websocket = $"{(request.IsHttps ? "wss" : "ws")}://{request.Host.ToUriComponent()}";
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            $"connect-src 'self' {websocket}",
            "object-src 'none'",
            "base-uri 'self'",
            $"form-action 'self' {PaymentProviderOrigin}",
            "frame-ancestors 'none'");
    }
}
