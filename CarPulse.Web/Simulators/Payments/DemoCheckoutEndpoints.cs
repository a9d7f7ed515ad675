using CarPulse.Domain;
using CarPulse.Domain.Payments;
using CarPulse.Web.Features.Checkout;
using CarPulse.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;

namespace CarPulse.Web.Simulators.Payments;

/// <summary>
/// The demo gateway's hosted checkout: what Stripe's page is in production. Pay confirms the payment
/// server-side first (as Stripe's webhook would), then sends the browser to the same return page.
/// </summary>
public static class DemoCheckoutEndpoints
{
    private static readonly ChangeOrigin DemoProvider = new();

    public static IEndpointRouteBuilder MapDemoCheckout(this IEndpointRouteBuilder app)
    {
        var checkout = app.MapGroup("/" + DemoGateway.CheckoutPath.TrimEnd('/')).ExcludeFromDescription();
        checkout.MapGet("/{id}", ShowAsync);
        checkout.MapPost("/{id}", DecideAsync).DisableAntiforgery().WithRequestBodyLimit(RequestLimits.Form);
        return app;
    }

    private static async Task<IResult> ShowAsync(string id, HttpContext http, DemoGateway demo, TimeProvider clock, CancellationToken cancellationToken)
    {
        DemoCheckout checkout;
        try
        {
            checkout = await demo.FindAsync(id, cancellationToken);
        }
        catch (PaymentNotFound)
        {
            return DemoCheckoutPage.Ended(null, StatusCodes.Status404NotFound);
        }

        if (checkout.Outcome(clock.GetUtcNow()) != CheckoutOutcome.Open)
        {
            return DemoCheckoutPage.Ended(checkout, StatusCodes.Status410Gone);
        }

        var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return DemoCheckoutPage.Open(checkout, antiforgery, $"{http.Request.PathBase}/{DemoGateway.CheckoutPath}{id}");
    }

    private static async Task<IResult> DecideAsync(string id, HttpContext http, DemoGateway demo, PaymentConfirmation confirmation, OrderChangeFeed changes, CancellationToken cancellationToken)
    {
        if (!http.Request.HasFormContentType || !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            return DemoCheckoutPage.Ended(null, StatusCodes.Status400BadRequest);
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        CheckoutOutcome? decision = form["decision"].ToString() switch
        {
            "pay" => CheckoutOutcome.Paid,
            "decline" => CheckoutOutcome.Declined,
            "cancel" => CheckoutOutcome.Expired,
            _ => null,
        };
        if (decision is null)
        {
            throw new InputInvalid("decision", "Choose Pay, Decline or Cancel.");
        }

        var email = form["email"].ToString();
        var customerEmail = decision == CheckoutOutcome.Paid && email.Length > 0 ? Domain.Messages.EmailAddress.Parse(email, "email") : null;
        DemoCheckout checkout;
        try
        {
            checkout = await demo.DecideAsync(id, decision.Value, customerEmail, cancellationToken);
        }
        catch (PaymentNotFound)
        {
            return DemoCheckoutPage.Ended(null, StatusCodes.Status404NotFound);
        }

        if (checkout.Decision == CheckoutOutcome.Paid)
        {
            var confirmed = await confirmation.ConfirmAsync(checkout.Id, ProviderOutage.Throw, cancellationToken);
            changes.Publish(confirmed.OrderSessionId, DemoProvider);
        }

        return TypedResults.Redirect(checkout.ReturnUrl);
    }
}
