using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CarPulse.Web.Hosting;

/// <summary>
/// How large a request body may be, by kind of endpoint. A body over its limit is refused with 413 as problem
/// details when it is read (<see cref="DomainExceptionHandler"/>); nothing is buffered past the limit.
/// </summary>
public static class RequestLimits
{
    /// <summary>JSON API bodies are a few hundred bytes; this still holds a select of thousands of vehicle ids.</summary>
    public const long JsonApi = 64 * 1024;

    /// <summary>Plain HTML forms (the demo checkout's decision, the admin login): a few short fields and a token.</summary>
    public const long Form = 16 * 1024;

    /// <summary>
    /// Everything without a limit of its own (the circuit's long-polling fallback, any future endpoint). Uploads do
    /// not come this way: the verify page's PDF streams through the circuit in small messages.
    /// </summary>
    public const long Default = 1024 * 1024;

    /// <summary>One message from the browser to its circuit (ASP.NET Core's default, stated so it is not raised by accident).</summary>
    public const long CircuitMessage = 32 * 1024;

    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = Default);
        services.Configure<FormOptions>(options =>
        {
            options.ValueCountLimit = 64;
            options.KeyLengthLimit = 256;
            options.ValueLengthLimit = (int)Form;
            options.MultipartBodyLengthLimit = Form;
        });
        return services;
    }

    /// <summary>Caps the request body of every endpoint in <paramref name="builder"/> at <paramref name="bytes"/>.</summary>
    public static TBuilder WithRequestBodyLimit<TBuilder>(this TBuilder builder, long bytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestBodyLimit(bytes));

    private sealed record RequestBodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
}
