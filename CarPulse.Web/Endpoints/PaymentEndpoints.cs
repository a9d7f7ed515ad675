using CarPulse.Domain.Payments;
using CarPulse.Web.Features.Checkout;
using Microsoft.Extensions.Options;
using CarPulse.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Stripe;

namespace CarPulse.Web.Endpoints;

/// <summary>
/// Where payment providers reach us: Stripe's webhook, and the pages a browser returns to from a
/// hosted checkout. Each re-reads the checkout from the provider and confirms through one path.
/// </summary>
public static class PaymentEndpoints
{
    /// <summary>Stripe sends events of a few kilobytes; anything far larger is not Stripe.</summary>
    private const int MaxWebhookBytes = 256 * 1024;

    private static readonly ChangeOrigin Provider = new();

    /// <summary>The events that move an order; the webhook endpoint in Stripe's dashboard should send exactly these.</summary>
    public static readonly IReadOnlySet<string> HandledEvents = new HashSet<string>
    {
        EventTypes.CheckoutSessionCompleted,
        EventTypes.CheckoutSessionAsyncPaymentSucceeded,
        EventTypes.CheckoutSessionAsyncPaymentFailed,
        EventTypes.CheckoutSessionExpired,
    };

    public static IEndpointRouteBuilder MapPayments(this IEndpointRouteBuilder app)
    {
        var payments = app.MapGroup("/payments").ExcludeFromDescription();
        payments.MapPost("/stripe/webhook", StripeWebhookAsync).DisableAntiforgery().WithRequestBodyLimit(MaxWebhookBytes);
        payments.MapGet("/{provider}/return", ReturnAsync);
        payments.MapGet("/cancelled", CancelledAsync);
        return app;
    }

    private static async Task<IResult> StripeWebhookAsync(
        HttpRequest request, IOptionsMonitor<PaymentOptions> options, PaymentConfirmation confirmation, OrderChangeFeed changes, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var log = logs.CreateLogger(typeof(PaymentEndpoints));
        if (request.ContentLength > MaxWebhookBytes)
        {
            return TypedResults.Problem("The event is too large.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var signature = request.Headers["Stripe-Signature"].ToString();
        if (signature.Length == 0)
        {
            return SignatureRefused("The Stripe-Signature header is missing.");
        }

        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(cancellationToken);
        Event stripeEvent;
        try
        {
            // The body is only a hint: the checkout is re-read from Stripe, so a newer event version is harmless.
            stripeEvent = EventUtility.ConstructEvent(
                json, signature, options.CurrentValue.Stripe.WebhookSecret ?? string.Empty, tolerance: 300, throwOnApiVersionMismatch: false);
        }
        catch (Exception refused) when (refused is StripeException or System.Text.Json.JsonException or Newtonsoft.Json.JsonException or ArgumentException or FormatException)
        {
            log.LogWarning("Stripe webhook refused: {Reason}", refused.Message);
            return SignatureRefused("The event's signature does not verify.");
        }

        if (!HandledEvents.Contains(stripeEvent.Type) || stripeEvent.Data.Object is not Stripe.Checkout.Session checkout)
        {
            return TypedResults.Ok();
        }

        try
        {
            var confirmed = await confirmation.ConfirmAsync(checkout.Id, ProviderOutage.Throw, cancellationToken);
            changes.Publish(confirmed.OrderSessionId, Provider);
        }
        catch (PaymentNotFound)
        {
            // Not a checkout of ours (another integration on the same account): nothing to do, and nothing to retry.
            log.LogWarning("Stripe event {EventId} names a checkout we did not start", stripeEvent.Id);
        }

        return TypedResults.Ok();
    }

    /// <summary>A 400 that names the header at fault, as every 400 names its field (SPEC §9).</summary>
    private static ValidationProblem SignatureRefused(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Stripe-Signature"] = [message] }, detail: message);

    /// <summary>The provider sends the browser here after payment; the order page then shows where the order stands.</summary>
    private static async Task<IResult> ReturnAsync(
        string provider, string? session_id, HttpResponse response, IOptionsMonitor<PaymentOptions> options, PaymentConfirmation confirmation, OrderChangeFeed changes, CancellationToken cancellationToken)
    {
        if (!string.Equals(provider, options.CurrentValue.Provider.ToString(), StringComparison.OrdinalIgnoreCase) || !QueryIds.IsId(session_id))
        {
            return TypedResults.Redirect("/?payment=unknown");
        }

        return await RedirectToOrderAsync(() => confirmation.ConfirmAsync(session_id, ProviderOutage.ReportLastKnown, cancellationToken), changes, response);
    }

    /// <summary>The customer left the provider's page without paying: back to the quote, selection intact.</summary>
    private static async Task<IResult> CancelledAsync(string? payment_id, HttpResponse response, PaymentConfirmation confirmation, OrderChangeFeed changes, CancellationToken cancellationToken) =>
        !QueryIds.IsId(payment_id)
            ? TypedResults.Redirect("/?payment=unknown")
            : await RedirectToOrderAsync(() => confirmation.CancelAsync(payment_id, cancellationToken), changes, response);

    private static async Task<IResult> RedirectToOrderAsync(Func<Task<ConfirmedPayment>> confirm, OrderChangeFeed changes, HttpResponse response)
    {
        BearerUrlHeaders.Apply(response);
        ConfirmedPayment confirmed;
        try
        {
            confirmed = await confirm();
        }
        catch (PaymentNotFound)
        {
            return TypedResults.Redirect("/?payment=unknown");
        }

        changes.Publish(confirmed.OrderSessionId, Provider);
        var notice = PaymentNotices.For(confirmed.Status);
        return TypedResults.Redirect($"/order/{confirmed.OrderSessionId}{(notice is null ? string.Empty : "?payment=" + notice)}");
    }
}
