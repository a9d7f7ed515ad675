using CarPulse.Domain.Admin;
using CarPulse.Web.Features.Admin.Login;
using CarPulse.Web.Features.Admin.Orders;
using CarPulse.Web.Hosting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CarPulse.Web.Features.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>The back office: its cookie scheme (the default, so circuits see the admin), the Admin policy, sign-in throttling and services.</summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>();
        services.AddSingleton(provider => AdminCredentials.From(provider.GetRequiredService<IOptions<AdminOptions>>().Value, environment.IsDevelopment()));
        services.AddSingleton<AdminLockout>();
        if (RedisExtensions.IsConfigured(configuration))
        {
            services.AddSingleton<ILoginFailureStore, RedisLoginFailureStore>();
        }
        else
        {
            services.AddSingleton<ILoginFailureStore, InMemoryLoginFailureStore>();
        }

        services.AddHostedService<AdminLoginNotice>();

        services.AddAuthentication(AdminPaths.Scheme).AddCookie(AdminPaths.Scheme);
        services.AddOptions<CookieAuthenticationOptions>(AdminPaths.Scheme)
            .Configure<IOptions<AdminOptions>, TimeProvider>((cookie, options, clock) =>
                AdminSession.Configure(cookie, options.Value, clock, environment.IsDevelopment()));
        services.AddAuthorizationBuilder().AddPolicy(AdminPaths.Policy, policy => policy
            .AddAuthenticationSchemes(AdminPaths.Scheme)
            .RequireAuthenticatedUser()
            .RequireRole(AdminClaims.Role));
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, AdminSessionRevalidation>();

        services.AddOptions<RateLimiterOptions>().Configure<IOptions<AdminOptions>>((limiter, options) =>
            limiter.AddPolicy(AdminLoginEndpoints.RateLimitPolicy, context => StoreRateLimiter.PerClientPerMinute(context, AdminLoginEndpoints.RateLimitPolicy, options.Value.LoginAttemptsPerMinute)));

        services.AddAdministration();
        return services;
    }

    /// <summary>Who is signed in, and may they: before antiforgery, which ties its tokens to the user.</summary>
    public static WebApplication UseAdminAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapAdmin(this WebApplication app)
    {
        app.MapAdminLogin();
        app.MapAdminOrderFiles();
        return app;
    }
}
