using System.Globalization;
using System.Text.Encodings.Web;
using CarPulse.Domain;
using CarPulse.Web.Resources;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using StackExchange.Redis;

namespace CarPulse.Web.Hosting;

/// <summary>
/// A shared engine (Redis, blob storage) that does not answer is an outage, not a bug: the customer gets 503 with
/// <c>Retry-After</c> and plain words — a short page in a browser, problem details elsewhere — never a 500, and the next
/// request tries the engine again.
/// </summary>
public static class EngineOutages
{
    public const string Title = "CarPulse is briefly unavailable";
    public const string Detail = "Part of the shop cannot be reached just now. Nothing was lost: please try again in a minute.";
    private const int RetryAfterSeconds = 30;

    /// <summary>The engine whose absence made <paramref name="exception"/>, if that is what it is.</summary>
    public static string? EngineOf(Exception? exception) => exception switch
    {
        null => null,
        EngineUnavailable unavailable => unavailable.Engine,
        // Raised inside libraries that talk to Redis themselves (the Data Protection key ring).
        RedisConnectionException or RedisTimeoutException => RedisOutage.Engine,
        AggregateException aggregate => aggregate.InnerExceptions.Select(EngineOf).FirstOrDefault(engine => engine is not null),
        _ => EngineOf(exception.InnerException),
    };

    public static async Task WriteAsync(HttpContext context, IProblemDetailsService problems)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        var text = Localized(context);
        if (context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Page(text.Title, text.Detail, text.Language), context.RequestAborted);
            return;
        }

        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = text.Title, Detail = text.Detail },
        });
    }

    // The request's culture was set further down the pipeline than the exception handler; its feature says which it was.
    private static (string Title, string Detail, string Language) Localized(HttpContext context)
    {
        var culture = context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var localizer = context.RequestServices.GetRequiredService<IStringLocalizer<Text>>();
            return (localizer[Title], localizer[Detail], culture.TwoLetterISOLanguageName);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string Page(string title, string detail, string language) => $$"""
        <!doctype html>
        <html lang="{{HtmlEncoder.Default.Encode(language)}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{HtmlEncoder.Default.Encode(title)}}</title>
        <style>body{margin:0;font-family:system-ui,sans-serif;background:#f4f6f8;color:#1b1f23}main{max-width:40rem;margin:3rem auto;padding:0 1.5rem}a{display:inline-block;min-height:48px;line-height:48px}</style>
        </head>
        <body><main role="alert"><h1>{{HtmlEncoder.Default.Encode(title)}}</h1><p>{{HtmlEncoder.Default.Encode(detail)}}</p><p><a href="/">CarPulse</a></p></main></body>
        </html>
        """;
}

/// <summary>Redis calls of our own: an unreachable Redis becomes <see cref="EngineUnavailable"/>, which every caller knows.</summary>
internal static class RedisOutage
{
    public const string Engine = "redis";

    public static async Task<T> Reach<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (exception is RedisConnectionException or RedisTimeoutException)
        {
            throw new EngineUnavailable(Engine, exception);
        }
    }
}
