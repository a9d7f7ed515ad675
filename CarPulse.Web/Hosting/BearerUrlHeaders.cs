namespace CarPulse.Web.Hosting;

/// <summary>
/// Responses whose URL carries a secret (a session id, an OAuth code) must not be cached, nor leak the
/// URL to the next site as a referrer.
/// </summary>
public static class BearerUrlHeaders
{
    public static void Apply(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }

    /// <summary>Every answer of the group carries the headers: its addresses hold a session id.</summary>
    public static RouteGroupBuilder WithBearerUrlHeaders(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            Apply(context.HttpContext.Response);
            return await next(context);
        });
        return group;
    }
}
