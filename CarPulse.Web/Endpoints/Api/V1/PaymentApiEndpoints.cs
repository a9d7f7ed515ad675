using System.Globalization;
using CarPulse.Domain;
using CarPulse.Domain.Documents;
using CarPulse.Domain.Messages;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Pricing;
using CarPulse.Web.Features.Checkout;
using CarPulse.Web.Features.Device;
using CarPulse.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CarPulse.Web.Endpoints.Api.V1;

/// <summary>SPEC §9 payment API: start the one payment of an order, and read its receipt.</summary>
public static class PaymentApiEndpoints
{
    private static readonly ChangeOrigin Api = new();

    public static IEndpointRouteBuilder MapPaymentApi(this IEndpointRouteBuilder app)
    {
        var payment = app.MapGroup("/api/v1/payment").WithTags("Payment").RequireRateLimiting(ApiExtensions.SessionPolicy)
            .WithBearerUrlHeaders().WithRequestBodyLimit(RequestLimits.JsonApi);
        payment.MapPost("/create-intent", CreateIntentAsync);
        payment.MapGet("/receipt/{id}", GetReceiptAsync);
        payment.MapGet("/receipt/{id}/pdf", GetReceiptPdfAsync).Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        return app;
    }

    private static async Task<Results<Ok<CreateIntentResponse>, Ok<PaidWithoutProviderResponse>>> CreateIntentAsync(
        CreateIntentRequest request, HttpRequest http, PublicAddress publicAddress, CheckoutStarter checkout, OrderChangeFeed changes, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.SessionId))
        {
            throw new InputInvalid("session_id", "session_id is required.");
        }

        if (request.Method is { } method && !PaymentMethods.All.Contains(method))
        {
            throw new InputInvalid("method", $"method must be one of {string.Join(", ", PaymentMethods.All)}.");
        }

        var context = new PaymentContext(
            publicAddress.BaseFor(http),
            CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            ClientDevice.FromRequest(http).IsTeslaBrowser)
        {
            CustomerEmail = request.Email is { Length: > 0 } email ? EmailAddress.Parse(email, "email") : null,
        };
        var started = await checkout.StartAsync(request.SessionId, request.Method, context, cancellationToken);
        changes.Publish(request.SessionId, Api);
        return started switch
        {
            RedirectToCheckout redirect => TypedResults.Ok(new CreateIntentResponse(redirect.Provider.ToString().ToLowerInvariant(), redirect.PaymentId, redirect.CheckoutUrl)),
            _ => TypedResults.Ok(new PaidWithoutProviderResponse("paid")),
        };
    }

    /// <summary>The receipt as a PDF in the page's language (the culture cookie or <c>?culture=</c>).</summary>
    private static async Task<FileContentHttpResult> GetReceiptPdfAsync(string id, ReceiptService receipts, CancellationToken cancellationToken)
    {
        var receipt = await receipts.GetAsync(id, cancellationToken);
        var pdf = ReceiptDocument.Compose(receipt, CultureInfo.CurrentUICulture).ToBytes();
        return TypedResults.File(pdf, "application/pdf", $"CarPulse-receipt-{receipt.Number}.pdf");
    }

    private static async Task<Ok<ReceiptResponse>> GetReceiptAsync(string id, ReceiptService receipts, CancellationToken cancellationToken)
    {
        var receipt = await receipts.GetAsync(id, cancellationToken);
        var seller = receipt.Seller;
        return TypedResults.Ok(new ReceiptResponse(
            receipt.Number,
            receipt.IssuedAt,
            new ReceiptSellerResponse(seller.Name, seller.Address, seller.BusinessId, seller.VatNumber, seller.Email, seller.Website),
            receipt.CustomerEmail,
            new ReceiptLineResponse(receipt.Line.Package.ToWireName(), receipt.Line.VehicleCount, receipt.Line.TierLabel, receipt.Line.AmountCents),
            receipt.Discount is { } discount ? new ReceiptDiscountResponse(discount.Code, discount.Label, discount.AmountCents) : null,
            receipt.TotalCents - receipt.VatCents,
            receipt.VatCents,
            receipt.VatRatePercent,
            receipt.TotalCents,
            receipt.Currency,
            receipt.PaymentMethod,
            receipt.OrderReference));
    }
}
