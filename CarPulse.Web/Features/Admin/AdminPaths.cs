namespace CarPulse.Web.Features.Admin;

/// <summary>The back office's addresses, its authentication scheme and its authorization policy.</summary>
public static class AdminPaths
{
    public const string Login = "/admin/login";
    public const string Logout = "/admin/logout";
    public const string Home = "/admin/vouchers";

    /// <summary>The cookie scheme only admins sign in with; the customer site has no sign-in.</summary>
    public const string Scheme = "CarPulse.Admin";

    public const string Policy = "Admin";

    /// <summary>Only a path inside the back office; anything else (another site, <c>//host</c>) goes home.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url
        && url.StartsWith("/admin/", StringComparison.Ordinal)
        && !url.StartsWith(Login, StringComparison.Ordinal)
        && !url.Contains("//", StringComparison.Ordinal)
        && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : Home;
}
