using System.Text;
using Microsoft.AspNetCore.Antiforgery;

namespace CarPulse.Web.Simulators.Tesla.Auth;

/// <summary>
/// The consent screen and the error page: plain server-rendered HTML in the app's colours, every value encoded, no
/// external assets, 48 px touch targets and no &lt;select&gt; (the Tesla in-car browser cannot open one).
/// </summary>
internal static class AuthorizePage
{
    private const string Title = "Tesla simulator — demo accounts";

    public static IResult Consent(
        AuthorizationRequest request, IEnumerable<SimulatedAccount> accounts, string pendingId, AntiforgeryTokenSet antiforgery, string decisionUrl)
    {
        var html = new StringBuilder();
        html.Append("<p>").Append(E(request.ClientId)).Append(" asks to access a Tesla account. Choose a demo account to sign in as. ")
            .Append("No real Tesla account or car is involved.</p>");
        html.Append("<h2>Requested access</h2><ul class=\"scopes\">");
        foreach (var scope in request.Scopes)
        {
            html.Append("<li><code>").Append(E(scope)).Append("</code> ").Append(E(TeslaScopes.UserScopes[scope])).Append("</li>");
        }

        html.Append("</ul><p class=\"target\">You will return to ").Append(E(new Uri(request.RedirectUri).Authority)).Append(".</p>");
        html.Append("<form method=\"post\" action=\"").Append(E(decisionUrl)).Append("\">")
            .Append("<input type=\"hidden\" name=\"").Append(E(antiforgery.FormFieldName)).Append("\" value=\"").Append(E(antiforgery.RequestToken ?? string.Empty)).Append("\">")
            .Append("<input type=\"hidden\" name=\"request\" value=\"").Append(E(pendingId)).Append("\">");
        html.Append("<h2>Demo accounts</h2><ul class=\"accounts\">");
        foreach (var account in accounts)
        {
            html.Append("<li><button type=\"submit\" name=\"account\" value=\"").Append(E(account.Id)).Append("\">")
                .Append("<span class=\"id\">").Append(E(account.Id)).Append("</span>")
                .Append("<span class=\"desc\">").Append(E(account.Description)).Append("</span>")
                .Append("<span class=\"meta\">").Append(E(account.Region.Code())).Append(" · ").Append(account.Vehicles.Count)
                .Append(account.Vehicles.Count == 1 ? " vehicle" : " vehicles").Append("</span></button></li>");
        }

        html.Append("</ul><button type=\"submit\" name=\"decision\" value=\"deny\" class=\"deny\">Deny</button></form>");
        return Page(html.ToString(), StatusCodes.Status200OK);
    }

    public static IResult Error(string problem) =>
        Page($"<h2>This sign-in request cannot be shown</h2><p class=\"problem\">{E(problem)}</p>", StatusCodes.Status400BadRequest);

    private static string E(string value) => SimulatorPage.Encode(value);

    private static IResult Page(string body, int status) => SimulatorPage.Render(Title, "Simulator · not Tesla", body, Style, status);

    private const string Style = """
        .scopes li{padding:.2rem 0}
        code{background:#e8eef4;border-radius:4px;padding:.05rem .35rem}
        .target{color:#4b5563}
        .accounts li{margin:.5rem 0}
        .accounts button{background:#fff;border:2px solid #1c3d5a;color:inherit}
        .accounts button:hover,.accounts button:focus{background:#e8eef4}
        .id{display:block;font-weight:700;font-size:1.1rem;color:#1c3d5a}
        .desc,.meta{display:block}
        .meta{color:#4b5563;font-size:.9rem}
        .deny{margin-top:1.25rem;background:#fff;border:2px solid #6b7280;color:#374151;text-align:center;font-weight:600}
        """;
}
