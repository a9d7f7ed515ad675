using System.Text.Json;
using CarPulse.Domain;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Reports;
using CarPulse.Domain.Vehicles;
using CarPulse.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CarPulse.Web.Endpoints.Api.V1;

/// <summary>SPEC §9 reports API: start generation (idempotent) and read the reports.</summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/reports").WithTags("Reports").RequireRateLimiting(ApiExtensions.SessionPolicy).WithBearerUrlHeaders()
            .WithRequestBodyLimit(RequestLimits.JsonApi).MapPost("/generate", GenerateAsync);
        app.MapGroup("/api/v1/tesla/report").WithTags("Reports").RequireRateLimiting(ApiExtensions.SessionPolicy).WithBearerUrlHeaders()
            .MapGet("/{id}", GetAsync);
        return app;
    }

    private static async Task<Results<Accepted<GeneratingResponse>, Ok<ReportsResponse>>> GenerateAsync(
        GenerateRequest request, ReportService reports, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.SessionId))
        {
            throw new InputInvalid("session_id", "session_id is required.");
        }

        var session = await reports.GenerateAsync(request.SessionId, cancellationToken);
        if (session.Status == OrderStatus.Complete)
        {
            return TypedResults.Ok(Shape(await reports.GetAsync(request.SessionId, cancellationToken)));
        }

        return TypedResults.Accepted($"/api/v1/tesla/report/{request.SessionId}", new GeneratingResponse("generating", session.SelectedVehicleIds.Count));
    }

    private static async Task<Ok<ReportsResponse>> GetAsync(string id, ReportService reports, CancellationToken cancellationToken) =>
        TypedResults.Ok(Shape(await reports.GetAsync(id, cancellationToken)));

    private static ReportsResponse Shape(OrderReports order)
    {
        var vehicles = order.Session.Vehicles.ToDictionary(vehicle => vehicle.Id);
        return new ReportsResponse(
            order.Session.Status.ToWireName(),
            order.Vehicles.ToDictionary(
                report => report.VehicleId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                report =>
                {
                    var vehicle = vehicles[report.VehicleId];
                    return new VehicleReportResponse(
                        new SessionVehicleResponse(vehicle.Id, vehicle.MaskedVin, vehicle.DisplayName, vehicle.Model, vehicle.Year, vehicle.State.ToWireName()),
                        report.Modules,
                        report.Status.ToString().ToLowerInvariant(),
                        report.Missing.Select(missing => new MissingModuleResponse(missing.Key, missing.Value)).OrderBy(missing => missing.Module, StringComparer.Ordinal).ToList(),
                        report.GeneratedAt);
                }));
    }
}

public sealed record GenerateRequest(string? SessionId);

public sealed record GeneratingResponse(string Status, int VehicleCount);

public sealed record ReportsResponse(string Status, IReadOnlyDictionary<string, VehicleReportResponse> Reports);

public sealed record VehicleReportResponse(
    SessionVehicleResponse Vehicle,
    IReadOnlyDictionary<string, JsonElement> Modules,
    string Status,
    IReadOnlyList<MissingModuleResponse> Missing,
    DateTimeOffset GeneratedAt);

public sealed record MissingModuleResponse(string Module, string Reason);
