using CarPulse.Domain.Admin;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CarPulse.Web.Features.Admin.Login;

/// <summary>
/// Sign-in and sign-out. A cookie can only be set by an HTTP response, so the login page (a Blazor page) posts its
/// plain form here. Both posts carry an antiforgery token; answers are redirects back to a page.
/// </summary>
public static class AdminLoginEndpoints
{
    public const string RateLimitPolicy = "admin-logins";

    public static IEndpointRouteBuilder MapAdminLogin(this IEndpointRouteBuilder app)
    {
        // The login page answers GET and POST on the same address; this endpoint takes the POST.
        app.MapPost(AdminPaths.Login, LogInAsync)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicy)
            .WithOrder(-1)
            .ExcludeFromDescription();
        app.MapPost(AdminPaths.Logout, LogOutAsync)
            .RequireAuthorization(AdminPaths.Policy)
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<RedirectHttpResult> LogInAsync(
        HttpContext context,
        [FromForm] string? username,
        [FromForm] string? password,
        [FromForm] string? returnUrl,
        AdminCredentials credentials,
        AdminLockout lockout,
        AdminSessionStore sessions,
        IOptions<AdminOptions> options,
        TimeProvider clock,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var log = loggers.CreateLogger(typeof(AdminLoginEndpoints));
        var address = context.Connection.RemoteIpAddress;
        var shownName = credentials.IsAdmin(username) ? credentials.Username : "(not the admin username)";
        var gate = await lockout.CheckAsync(username, address, cancellationToken);
        if (gate.Delay > TimeSpan.Zero)
        {
            AdminLoginLog.Slowed(log, shownName, address, gate.Delay);
            await Task.Delay(gate.Delay, clock, cancellationToken);
        }

        // Checked before the lock is looked at, so a locked-out attempt takes as long as any other.
        var valid = credentials.Verify(username, password);
        if (gate.Locked)
        {
            AdminLoginLog.RefusedWhileLocked(log, shownName, address);
            return LoginPage("locked", returnUrl);
        }

        if (!valid)
        {
            var nowLocked = await lockout.RecordFailureAsync(username, address, cancellationToken);
            AdminLoginLog.Failed(log, shownName, address);
            if (nowLocked)
            {
                AdminLoginLog.LockedOut(log, shownName, address);
            }

            return LoginPage(nowLocked ? "locked" : "invalid", returnUrl);
        }

        await lockout.RecordSuccessAsync(username, address, cancellationToken);
        var expiresAt = clock.GetUtcNow() + options.Value.AbsoluteTimeout;
        var sessionId = await sessions.OpenAsync(credentials.Username, expiresAt, cancellationToken);
        await context.SignInAsync(
            AdminPaths.Scheme,
            AdminSession.Principal(credentials.Username, sessionId, expiresAt),
            new AuthenticationProperties { IsPersistent = false });
        AdminLoginLog.Succeeded(log, credentials.Username, address);
        return TypedResults.Redirect(AdminPaths.SafeReturnUrl(returnUrl));
    }

    private static async Task<RedirectHttpResult> LogOutAsync(
        HttpContext context, [FromForm] string? returnUrl, AdminSessionStore sessions, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var username = context.User.Identity?.Name ?? string.Empty;
        // Ended on the server first: the browser's cookie is deleted below, and any copy of it is refused from now on.
        await sessions.EndAsync(AdminSession.IdOf(context.User), cancellationToken);
        await context.SignOutAsync(AdminPaths.Scheme);
        AdminLoginLog.LoggedOut(loggers.CreateLogger(typeof(AdminLoginEndpoints)), username);
        return LoginPage("signed-out", returnUrl: null);
    }

    private static RedirectHttpResult LoginPage(string status, string? returnUrl)
    {
        var query = QueryString.Create("status", status);
        if (returnUrl is { Length: > 0 } && AdminPaths.SafeReturnUrl(returnUrl) == returnUrl)
        {
            query = query.Add("returnUrl", returnUrl);
        }

        return TypedResults.Redirect(AdminPaths.Login + query);
    }
}
