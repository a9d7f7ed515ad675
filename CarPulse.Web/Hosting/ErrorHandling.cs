using CarPulse.Domain;
using CarPulse.Domain.Admin;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Reports;
using CarPulse.Domain.Pricing;
using CarPulse.Web.Endpoints;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace CarPulse.Web.Hosting;

public static class ErrorHandling
{
    public static IServiceCollection AddErrorHandling(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<DomainExceptionHandler>();
        // Bad JSON and missing bodies throw in every environment, so they reach one handler and one shape.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication UseCarPulseErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}

/// <summary>The one place where domain errors become RFC 7807 problem details.</summary>
internal sealed class DomainExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (EngineOutages.EngineOf(exception) is not null)
        {
            await EngineOutages.WriteAsync(context, problems);
            return true;
        }

        var problem = exception switch
        {
            OrderConflict conflict => Problem(StatusCodes.Status409Conflict, "Conflict", conflict.Message,
                ("current_status", conflict.CurrentStatus.ToWireName())),
            CheckoutSuperseded superseded => Problem(StatusCodes.Status409Conflict, "Conflict", superseded.Message,
                ("current_status", superseded.CurrentStatus.ToWireName())),
            CheckoutOpen open => Problem(StatusCodes.Status409Conflict, "Conflict", open.Message,
                ("current_status", open.CurrentStatus.ToWireName())),
            OrderChangedConcurrently changed => Problem(StatusCodes.Status409Conflict, "Conflict", changed.Message),
            OrderGone gone => Problem(StatusCodes.Status410Gone, "Session expired", gone.Message),
            OrderNotFound notFound => Problem(StatusCodes.Status404NotFound, "Not found", notFound.Message),
            PaymentNotFound notFound => Problem(StatusCodes.Status404NotFound, "Not found", notFound.Message),
            ReportNotFound notFound => Problem(StatusCodes.Status404NotFound, "Not found", notFound.Message),
            InvoicesNotFetched notFetched => Problem(StatusCodes.Status409Conflict, "Not fetched yet", notFetched.Message,
                ("reconnect_url", TeslaReconnect.Path(notFetched.SessionId, TeslaReconnect.Invoices))),
            PaymentProviderUnavailable unavailable => Problem(StatusCodes.Status503ServiceUnavailable, "Payment service unavailable", unavailable.Message),
            TooManyAttempts => Problem(StatusCodes.Status429TooManyRequests, ApiExtensions.TooManyRequestsTitle, ApiExtensions.TooManyRequestsDetail),
            AdminAccessDenied denied => Problem(StatusCodes.Status403Forbidden, "Forbidden", denied.Message),
            AdminEditConflict conflict => Problem(StatusCodes.Status409Conflict, "Conflict", conflict.Message),
            InputInvalid invalid => Invalid(invalid.Field, invalid.Message),
            VoucherNotUsable refused => Invalid("voucher_code", refused.Message),
            BadHttpRequestException or AntiforgeryValidationException when BadRequestFields.FormUnreadable(context, exception) is { } status => Refused(status),
            BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } badRequest => Invalid(BadRequestFields.Describe(context, badRequest)),
            BadHttpRequestException refused => Refused(refused.StatusCode),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        context.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        if (exception is TooManyAttempts tooMany)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(tooMany.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Invalid((string Field, string Message) fault) => Invalid(fault.Field, fault.Message);

    /// <summary>The request broke a limit or the protocol (413, 415, 408…): said in our words, never the caller's input echoed.</summary>
    private static ProblemDetails Refused(int status) => Problem(status, ReasonPhrases.GetReasonPhrase(status), status switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request is too large.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
        _ => "The request could not be read.",
    });

    private static ProblemDetails Invalid(string field, string message) =>
        new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid input",
            Detail = message,
        };

    private static ProblemDetails Problem(int status, string title, string detail, params (string Key, object Value)[] extensions)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (key, value) in extensions)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }
}
