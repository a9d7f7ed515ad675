using CarPulse.Domain;

namespace CarPulse.Web.Endpoints;

/// <summary>
/// Ties a Tesla sign-in to the browser that started it, so that a callback link planted in another browser (login
/// CSRF) or replayed from a stolen one is refused. <c>/connect/tesla</c> gives the browser a random key in this cookie
/// and the state remembers its hash; Tesla's redirect back must bring the same key. HttpOnly; SameSite=Lax so that
/// the top-level redirect from Tesla carries it; as short-lived as a state. Outside Development it is
/// <c>__Host-</c> prefixed and Secure; Development over plain http (a phone or the car on the LAN) cannot keep a
/// Secure cookie, so there it is unprefixed and Secure only over https.
/// </summary>
public static class TeslaSignInCookie
{
    public static string Name(bool isDevelopment) => isDevelopment ? "CarPulse.TeslaSignIn" : "__Host-CarPulse.TeslaSignIn";

    /// <summary>
    /// The browser's key: the one it already holds, so that sign-ins started in several tabs all complete, or a new
    /// one. The cookie is set again to last <paramref name="lifetime"/> from now.
    /// </summary>
    public static string Issue(HttpContext context, TimeSpan lifetime, bool isDevelopment)
    {
        var key = Read(context, isDevelopment) ?? BearerSecret.New();
        context.Response.Cookies.Append(Name(isDevelopment), key, new CookieOptions
        {
            HttpOnly = true,
            Secure = !isDevelopment || context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            MaxAge = lifetime,
            IsEssential = true,
        });
        return key;
    }

    public static string? Read(HttpContext context, bool isDevelopment) =>
        context.Request.Cookies[Name(isDevelopment)] is { } key && BearerSecret.IsWellFormed(key) ? key : null;
}
