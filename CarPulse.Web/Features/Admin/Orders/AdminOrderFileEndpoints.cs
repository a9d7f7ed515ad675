using System.Security.Claims;
using CarPulse.Domain.Admin;
using CarPulse.Domain.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CarPulse.Web.Features.Admin.Orders;

/// <summary>An order's archived files for support: <c>order.json</c> and each vehicle's PDF, exactly as the customer got them.</summary>
public static class AdminOrderFileEndpoints
{
    public static IEndpointRouteBuilder MapAdminOrderFiles(this IEndpointRouteBuilder app)
    {
        var order = app.MapGroup("/admin/orders/{reference}").RequireAuthorization(AdminPaths.Policy).ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
            {
                // A customer's report and order data: no browser or proxy keeps a copy.
                context.HttpContext.Response.Headers.CacheControl = "no-store";
                return await next(context);
            });
        order.MapGet("/order.json", OrderRecordAsync);
        // No route constraint on the id: a malformed one must meet the login first, like every admin address.
        order.MapGet("/vehicles/{vehicleId}/report.pdf", VehiclePdfAsync);
        return app;
    }

    private static async Task<FileContentHttpResult> OrderRecordAsync(string reference, ClaimsPrincipal user, OrderAdministration orders, CancellationToken cancellationToken)
    {
        var json = await orders.ReadArchiveAsync(user, reference, null, cancellationToken) ?? throw new ReportNotFound("This order has no order.json in the archive.");
        return TypedResults.File(json, "application/json", $"{reference.ToUpperInvariant()}-order.json");
    }

    private static async Task<FileContentHttpResult> VehiclePdfAsync(
        string reference, long vehicleId, ClaimsPrincipal user, OrderAdministration orders, CancellationToken cancellationToken)
    {
        var pdf = await orders.ReadArchiveAsync(user, reference, vehicleId, cancellationToken) ?? throw new ReportNotFound("This vehicle has no PDF in the order's archive.");
        return TypedResults.File(pdf, "application/pdf", $"carpulse-{reference.ToUpperInvariant()}-{vehicleId}.pdf");
    }
}
