using System.Text;
using CarPulse.Domain.Payments;
using CarPulse.Web.Components;
using Microsoft.AspNetCore.Antiforgery;

namespace CarPulse.Web.Simulators.Payments;

/// <summary>The demo checkout, unmistakably a test: no card number is asked for and nothing is charged.</summary>
internal static class DemoCheckoutPage
{
    private const string Title = "CarPulse demo checkout";
    private const string Badge = "TEST MODE · no real payment";

    private const string Style = """
        .amount{font-size:2rem;font-weight:700;color:#1c3d5a;margin:.5rem 0}
        .note{background:#fff7e6;border-left:4px solid #b45309;padding:.75rem 1rem}
        form button{margin:.75rem 0;text-align:center;font-weight:600}
        .pay{background:#c8102e;border:0;color:#fff}
        .decline{background:#fff;border:2px solid #b45309;color:#7c2d12}
        .cancel{background:#fff;border:2px solid #6b7280;color:#374151}
        a.back{display:inline-block;min-height:48px;line-height:48px;color:#1c3d5a;font-weight:600}
        label{display:block;margin-top:1rem;font-weight:600}
        input[type=email]{display:block;width:100%;min-height:48px;font-size:1rem;padding:0 .5rem;box-sizing:border-box;margin:.25rem 0}
        """;

    public static IResult Open(DemoCheckout checkout, AntiforgeryTokenSet antiforgery, string decisionUrl)
    {
        var html = new StringBuilder();
        html.Append("<p>").Append(E(checkout.Description)).Append("</p>")
            .Append("<p class=\"amount\" data-testid=\"demo-amount\">").Append(E(MoneyFormat.Format(checkout.AmountCents, checkout.Currency))).Append("</p>")
            .Append("<p>Order ").Append(E(checkout.OrderReference)).Append("</p>")
            .Append("<p class=\"note\">This is the demo payment provider. It stands in for Stripe when no payment keys are configured. ")
            .Append("No card is needed and no money moves.</p>")
            .Append("<form method=\"post\" action=\"").Append(E(decisionUrl)).Append("\">")
            .Append("<input type=\"hidden\" name=\"").Append(E(antiforgery.FormFieldName)).Append("\" value=\"").Append(E(antiforgery.RequestToken ?? string.Empty)).Append("\">")
            .Append("<label for=\"email\">Email for the receipt and the link to your reports</label>")
            .Append("<input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"email\" maxlength=\"254\">")
            .Append("<button type=\"submit\" name=\"decision\" value=\"pay\" class=\"pay\">Pay ").Append(E(MoneyFormat.Format(checkout.AmountCents, checkout.Currency))).Append(" (test)</button>")
            .Append("<button type=\"submit\" name=\"decision\" value=\"decline\" class=\"decline\">Decline (simulate a refused card)</button>")
            .Append("<button type=\"submit\" name=\"decision\" value=\"cancel\" class=\"cancel\">Cancel and return to CarPulse</button>")
            .Append("</form>");
        return SimulatorPage.Render(Title, Badge, html.ToString(), Style, StatusCodes.Status200OK);
    }

    public static IResult Ended(DemoCheckout? checkout, int status)
    {
        var back = checkout is null ? "/" : checkout.CancelUrl;
        var html = $"<h2>This test checkout cannot be used</h2><p class=\"problem\">It has ended, was already answered, or does not exist. Nothing was charged.</p>"
            + $"<a class=\"back\" href=\"{E(back)}\">Return to CarPulse</a>";
        return SimulatorPage.Render(Title, Badge, html, Style, status);
    }

    private static string E(string value) => SimulatorPage.Encode(value);
}
