using Microsoft.AspNetCore.Localization;

namespace CarPulse.Web.Features.Language;

/// <summary>English, Finnish and Swedish; the choice is kept in the standard culture cookie for a year.</summary>
public static class LanguageEndpoints
{
    public static readonly string[] Cultures = ["en", "fi", "sv"];

    public static IServiceCollection AddLanguages(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Cultures[0]).AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);
            options.ApplyCurrentCultureToResponseHeaders = true;
        });
        return services;
    }

    /// <summary><c>GET /culture/{culture}?redirect=/path</c>: remember the language, then go back (a full load, so the circuit restarts in it).</summary>
    public static IEndpointRouteBuilder MapLanguages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture/{culture}", (string culture, string? redirect, HttpContext context) =>
        {
            if (Cultures.Contains(culture, StringComparer.OrdinalIgnoreCase))
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture.ToLowerInvariant())),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = context.Request.IsHttps });
            }

            // Only a path on this site: an open redirect would let anyone borrow our domain.
            var target = redirect is { Length: > 0 } && redirect.StartsWith('/') && !redirect.StartsWith("//", StringComparison.Ordinal) && !redirect.StartsWith("/\\", StringComparison.Ordinal)
                ? redirect
                : "/";
            return TypedResults.LocalRedirect(target);
        }).ExcludeFromDescription();
        return app;
    }
}
