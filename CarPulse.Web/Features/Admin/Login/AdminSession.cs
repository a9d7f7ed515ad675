using System.Globalization;
using System.Security.Claims;
using CarPulse.Domain.Admin;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CarPulse.Web.Features.Admin.Login;

/// <summary>
/// The admin's signed-in session: a cookie that slides with use (idle timeout), ends at an absolute time carried
/// in the ticket, and names a session record on the server that logout deletes. All three are checked on every
/// request and, for a live circuit, by <see cref="AdminSessionRevalidation"/>.
/// </summary>
public static class AdminSession
{
    public const string ExpiresClaim = "carpulse:admin_session_expires";
    public const string IdClaim = "carpulse:admin_session";

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
            var sessions = context.HttpContext.RequestServices.GetRequiredService<AdminSessionStore>();
            if (context.Principal is not null && !await IsValidAsync(context.Principal, sessions, clock.GetUtcNow(), context.HttpContext.RequestAborted))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(AdminPaths.Scheme);
            }
        };
    }

    public static ClaimsPrincipal Principal(string username, string sessionId, DateTimeOffset expiresAt) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, username),
                new Claim(ClaimTypes.Role, AdminClaims.Role),
                new Claim(IdClaim, sessionId),
                new Claim(ExpiresClaim, expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            ],
            AdminPaths.Scheme));

    /// <summary>The server-side session an admin principal names (null for anyone else).</summary>
    public static string? IdOf(ClaimsPrincipal principal) => principal.FindFirstValue(IdClaim);

    /// <summary>
    /// False for an admin principal past its absolute end, without one (not issued by this app's login), or whose
    /// session was ended (logged out) or never existed. Customers are anonymous and always valid.
    /// </summary>
    public static async Task<bool> IsValidAsync(ClaimsPrincipal principal, AdminSessionStore sessions, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!principal.IsInRole(AdminClaims.Role))
        {
            return true;
        }

        var ends = long.TryParse(principal.FindFirstValue(ExpiresClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var expires);
        return ends && now < DateTimeOffset.FromUnixTimeSeconds(expires) && await sessions.IsLiveAsync(IdOf(principal), cancellationToken);
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
