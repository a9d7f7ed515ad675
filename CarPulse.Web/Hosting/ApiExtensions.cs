using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using CarPulse.Web.Endpoints.Api.V1;
using CarPulse.Web.Features.Admin;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CarPulse.Web.Hosting;

public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>
    /// Voucher checks and quotes per client address, and per order, per minute, over the API and on the order page
    /// together (see <see cref="VoucherCheckLimit"/>): enough for a person, too few to guess codes.
    /// </summary>
    public int VoucherChecksPerMinute { get; init; } = 20;

    /// <summary>Tesla sign-ins started per client address per minute.</summary>
    public int OAuthStartsPerMinute { get; init; } = 10;

    /// <summary>Session API calls per client address per minute.</summary>
    public int SessionCallsPerMinute { get; init; } = 120;

    /// <summary>"Find my order" requests per client address per hour (see <see cref="OrderLookupLimit"/>).</summary>
    public int OrderLookupsPerHour { get; init; } = 10;

    /// <summary>"Find my order" requests per email address per hour, from anywhere: nobody can flood an inbox with it.</summary>
    public int OrderLookupsPerEmailPerHour { get; init; } = 3;
}

public static class ApiExtensions
{
    public const string OAuthPolicy = "oauth-starts";
    public const string TeslaSignInPath = "/connect/tesla";
    public const string SessionPolicy = "session-calls";

    public const string TooManyRequestsTitle = "Too many requests";
    public const string TooManyRequestsDetail = "Too many attempts. Please wait a minute and try again.";

    /// <summary>Browser sign-in addresses, and the page that tells a rate-limited person to wait.</summary>
    private static readonly Dictionary<PathString, string> BusyPages = new()
    {
        [TeslaSignInPath] = "/start?error=busy",
        [AdminPaths.Login] = AdminPaths.Login + "?status=busy",
    };

    /// <summary>The JSON API speaks snake_case (SPEC §9).</summary>
    public static IServiceCollection AddApiJson(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.Converters.Add(new TeslaIdConverter());
        });
        services.AddOpenApi();
        return services;
    }

    public static IServiceCollection AddApiRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        if (limits.VoucherChecksPerMinute <= 0 || limits.OAuthStartsPerMinute <= 0 || limits.SessionCallsPerMinute <= 0
            || limits.OrderLookupsPerHour <= 0 || limits.OrderLookupsPerEmailPerHour <= 0)
        {
            throw new InvalidOperationException("RateLimits: every limit must be positive.");
        }

        // Every budget counts in one store, shared with the order page's circuits: Redis when several nodes share it.
        services.AddSingleton(Options.Create(limits));
        if (RedisExtensions.IsConfigured(configuration))
        {
            services.AddSingleton<IRateLimitStore, RedisRateLimitStore>();
        }
        else
        {
            services.AddSingleton<IRateLimitStore, InMemoryRateLimitStore>();
        }

        services.AddSingleton<VoucherCheckLimit>();
        services.AddSingleton<OrderLookupLimit>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                // A person starting a sign-in is in a browser: tell them on the page, not in JSON.
                if (BusyPages.TryGetValue(context.HttpContext.Request.Path, out var busyPage))
                {
                    context.HttpContext.Response.StatusCode = StatusCodes.Status302Found;
                    context.HttpContext.Response.Headers.Location = busyPage;
                    return;
                }

                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = TooManyRequestsTitle, Detail = TooManyRequestsDetail },
                });
            };
            options.AddPolicy(OAuthPolicy, context => StoreRateLimiter.PerClientPerMinute(context, OAuthPolicy, limits.OAuthStartsPerMinute));
            options.AddPolicy(SessionPolicy, context => StoreRateLimiter.PerClientPerMinute(context, SessionPolicy, limits.SessionCallsPerMinute));
        });
        return services;
    }
}
