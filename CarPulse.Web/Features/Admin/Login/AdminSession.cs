using System.Globalization;
using System.Security.Claims;
using CarPulse.Domain.Admin;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CarPulse.Web.Features.Admin.Login;

/// <summary>
/// The admin's signed-in session: a cookie that slides with use (idle timeout) and ends at an absolute time carried
/// in the ticket, checked on every request and, for a live circuit, by <see cref="AdminSessionRevalidation"/>.
/// </summary>
public static class AdminSession
{
    public const string ExpiresClaim = "carpulse:admin_session_expires";

    /// <summary>
    /// Outside Development the cookie is <c>__Host-</c> prefixed, which browsers accept only with Secure, Path=/ and no
    /// Domain. Development over plain http (a phone or the car on the LAN) cannot keep a Secure cookie, so there it is
    /// unprefixed and Secure only over https.
    /// </summary>
    public static void Configure(CookieAuthenticationOptions cookie, AdminOptions options, TimeProvider clock, bool isDevelopment)
    {
        cookie.Cookie.Name = isDevelopment ? "CarPulse.Admin" : "__Host-CarPulse.Admin";
        cookie.Cookie.SecurePolicy = isDevelopment ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.Path = "/";
        cookie.ExpireTimeSpan = options.IdleTimeout;
        cookie.SlidingExpiration = true;
        cookie.TimeProvider = clock;
        cookie.LoginPath = AdminPaths.Login;
        cookie.LogoutPath = AdminPaths.Logout;
        cookie.ReturnUrlParameter = "returnUrl";
        cookie.Events.OnRedirectToLogin = context => PageOrStatus(context, StatusCodes.Status401Unauthorized);
        cookie.Events.OnRedirectToAccessDenied = context => PageOrStatus(context, StatusCodes.Status403Forbidden);
        cookie.Events.OnValidatePrincipal = async context =>
        {
            if (context.Principal is not null && IsExpired(context.Principal, clock.GetUtcNow()))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(AdminPaths.Scheme);
            }
        };
    }

    public static ClaimsPrincipal Principal(string username, DateTimeOffset now, TimeSpan absoluteTimeout) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, username),
                new Claim(ClaimTypes.Role, AdminClaims.Role),
                new Claim(ExpiresClaim, (now + absoluteTimeout).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            ],
            AdminPaths.Scheme));

    /// <summary>An admin principal past its absolute end, or one without an end (not issued by this app's login).</summary>
    public static bool IsExpired(ClaimsPrincipal principal, DateTimeOffset now)
    {
        if (!principal.IsInRole(AdminClaims.Role))
        {
            return false;
        }

        return !long.TryParse(principal.FindFirstValue(ExpiresClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || now >= DateTimeOffset.FromUnixTimeSeconds(expires);
    }

    // A person opening a page is sent to the login form; anything else (a form post, a script) gets a status code.
    private static Task PageOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var request = context.Request;
        var wantsPage = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        if (wantsPage && status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = status;
        }

        return Task.CompletedTask;
    }
}
