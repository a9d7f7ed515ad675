using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CarPulse.Web.Endpoints;

public sealed record InfoResponse(string Name, string Version, string Environment, string Health, string OpenApi);

public static class InfoEndpoints
{
    /// <summary><c>GET /api</c>: what this service is and which build runs (the landing page owns <c>/</c>).</summary>
    public static IEndpointRouteBuilder MapInfo(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api", GetInfo).WithTags("Info");
        app.MapOpenApi();
        return app;
    }

    /// <summary><c>GET /health</c>: 200 when the database answers, 503 otherwise, with each check's status.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync });
        return app;
    }

    private static Ok<InfoResponse> GetInfo(IHostEnvironment environment) =>
        TypedResults.Ok(new InfoResponse("CarPulse", Version, environment.EnvironmentName, "/health", "/openapi/v1.json"));

    private static string Version { get; } =
        typeof(InfoEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private static Task WriteHealthAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString()),
        }, cancellationToken: context.RequestAborted);
    }
}
