using System.Net;
using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;

namespace CarPulse.Domain.Payments;

/// <summary>
/// Stripe Checkout (hosted page). Payment methods are the account's dynamic ones, minus the configured
/// exclusions; the request never lists methods to offer. Tests point the client at a local fake of
/// Stripe's API, so this is the code that runs in production.
/// </summary>
public sealed class StripeGateway(IStripeClient stripe, IOptionsMonitor<PaymentOptions> options) : IPaymentGateway
{
    private static readonly SessionGetOptions WithPaymentDetails = new() { Expand = ["payment_intent.payment_method"] };

    public PaymentProvider Provider => PaymentProvider.Stripe;

    public async Task<HostedCheckout> StartCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        var stripeOptions = options.CurrentValue.Stripe;
        var metadata = new Dictionary<string, string>
        {
            ["order_reference"] = request.OrderReference,
            ["payment_id"] = request.PaymentId,
            ["attempt"] = request.Attempt.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var create = new SessionCreateOptions
        {
            Mode = "payment",
            SubmitType = "pay",
            ClientReferenceId = request.OrderReference,
            Metadata = metadata,
            PaymentIntentData = new SessionPaymentIntentDataOptions { Description = request.Description, Metadata = metadata },
            LineItems =
            [
                new SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new SessionLineItemPriceDataOptions
                    {
                        Currency = request.Currency.ToLowerInvariant(),
                        UnitAmount = request.AmountCents,
                        ProductData = new SessionLineItemPriceDataProductDataOptions { Name = request.Description },
                    },
                },
            ],
            SuccessUrl = request.SuccessUrl.ToString(),
            CancelUrl = request.CancelUrl.ToString(),
            ExpiresAt = request.ExpiresAt.UtcDateTime,
            Locale = request.Language,
            ExcludedPaymentMethodTypes = request.ExcludedMethods.Count > 0 ? [.. request.ExcludedMethods] : null,
            PaymentMethodConfiguration = new[] { request.InCar ? stripeOptions.InCarPaymentMethodConfiguration : null, stripeOptions.PaymentMethodConfiguration }
                .FirstOrDefault(id => !string.IsNullOrWhiteSpace(id)),
        };
        var session = await Call(service => service.CreateAsync(create, new RequestOptions { IdempotencyKey = request.IdempotencyKey }, cancellationToken));
        return new HostedCheckout(session.Id, new Uri(session.Url), session.ExpiresAt);
    }

    public async Task<ProviderCheckout> GetCheckoutAsync(string checkoutId, CancellationToken cancellationToken)
    {
        var session = await Call(service => service.GetAsync(checkoutId, WithPaymentDetails, cancellationToken: cancellationToken));
        return new ProviderCheckout(
            session.Id,
            Outcome(session),
            session.AmountTotal ?? 0,
            (session.Currency ?? string.Empty).ToUpperInvariant(),
            session.ClientReferenceId,
            Method(session.PaymentIntent?.PaymentMethod),
            session.CustomerDetails?.Email);
    }

    public async Task<bool> ExpireCheckoutAsync(string checkoutId, CancellationToken cancellationToken)
    {
        try
        {
            await Call(service => service.ExpireAsync(checkoutId, cancellationToken: cancellationToken));
            return true;
        }
        catch (PaymentProviderUnavailable unavailable) when (unavailable.InnerException is StripeException { HttpStatusCode: HttpStatusCode.BadRequest })
        {
            // Stripe refuses to expire a checkout that is no longer open: it was paid or had already ended.
            return false;
        }
    }

    /// <summary>Refunds the checkout's payment intent in full; Stripe's idempotency key keeps a repeated call to one refund.</summary>
    public async Task RefundAsync(string checkoutId, string idempotencyKey, CancellationToken cancellationToken)
    {
        var session = await Call(service => service.GetAsync(checkoutId, cancellationToken: cancellationToken));
        var refund = new RefundCreateOptions
        {
            PaymentIntent = session.PaymentIntentId ?? throw new PaymentNotFound(),
            Metadata = new Dictionary<string, string> { ["order_reference"] = session.ClientReferenceId ?? string.Empty },
        };
        await Call(_ => new RefundService(stripe).CreateAsync(refund, new RequestOptions { IdempotencyKey = idempotencyKey }, cancellationToken));
    }

    private static CheckoutOutcome Outcome(Session session) => (session.Status, session.PaymentStatus) switch
    {
        ("complete", "paid" or "no_payment_required") => CheckoutOutcome.Paid,
        ("complete", _) => session.PaymentIntent?.Status is "requires_payment_method" or "canceled" ? CheckoutOutcome.Failed : CheckoutOutcome.Processing,
        ("expired", _) => CheckoutOutcome.Expired,
        _ => CheckoutOutcome.Open,
    };

    /// <summary>Apple Pay and Google Pay are card payments to Stripe; the wallet tells them apart for the receipt.</summary>
    private static string? Method(PaymentMethod? method) => method switch
    {
        { Type: "card", Card.Wallet.Type: PaymentMethods.ApplePay or PaymentMethods.GooglePay } => method.Card.Wallet.Type,
        _ => method?.Type,
    };

    private async Task<T> Call<T>(Func<SessionService, Task<T>> request)
    {
        try
        {
            return await request(new SessionService(stripe));
        }
        catch (StripeException error) when (error.HttpStatusCode == HttpStatusCode.NotFound)
        {
            throw new PaymentNotFound();
        }
        catch (StripeException error)
        {
            throw new PaymentProviderUnavailable(error.StripeError?.Message ?? error.Message, error);
        }
        catch (HttpRequestException error)
        {
            throw new PaymentProviderUnavailable("no answer from Stripe", error);
        }
    }
}
