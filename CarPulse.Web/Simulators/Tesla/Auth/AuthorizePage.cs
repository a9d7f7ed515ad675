using System.Text;
using System.Text.Encodings.Web;
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
        return new HtmlPage(Page(html.ToString()), StatusCodes.Status200OK);
    }

    public static IResult Error(string problem) =>
        new HtmlPage(Page($"<h2>This sign-in request cannot be shown</h2><p class=\"problem\">{E(problem)}</p>"), StatusCodes.Status400BadRequest);

    private static string E(string value) => HtmlEncoder.Default.Encode(value);

    private static string Page(string body) => $$"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Title}}</title>
        <style>
        body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;background:#f4f6f8;color:#1b1f23;line-height:1.45}
        header{background:#1c3d5a;color:#fff;padding:1rem 1.5rem}
        header h1{margin:0;font-size:1.4rem}
        .badge{display:inline-block;margin-top:.35rem;background:#c8102e;color:#fff;font-weight:600;border-radius:999px;padding:.15rem .7rem;font-size:.85rem}
        main{max-width:40rem;margin:0 auto;padding:1rem 1.5rem 2rem}
        h2{color:#1c3d5a;font-size:1.1rem;margin:1.25rem 0 .5rem}
        ul{list-style:none;padding:0;margin:0}
        .scopes li{padding:.2rem 0}
        code{background:#e8eef4;border-radius:4px;padding:.05rem .35rem}
        .target{color:#4b5563}
        .accounts li{margin:.5rem 0}
        button{display:block;width:100%;min-height:48px;font:inherit;border-radius:8px;cursor:pointer;padding:.75rem 1rem;text-align:left}
        .accounts button{background:#fff;border:2px solid #1c3d5a;color:inherit}
        .accounts button:hover,.accounts button:focus{background:#e8eef4}
        .id{display:block;font-weight:700;font-size:1.1rem;color:#1c3d5a}
        .desc,.meta{display:block}
        .meta{color:#4b5563;font-size:.9rem}
        .deny{margin-top:1.25rem;background:#fff;border:2px solid #6b7280;color:#374151;text-align:center;font-weight:600}
        .problem{background:#fff;border-left:4px solid #c8102e;padding:.75rem 1rem}
        </style>
        </head>
        <body>
        <header><h1>{{Title}}</h1><span class="badge">Simulator · not Tesla</span></header>
        <main>{{body}}</main>
        </body>
        </html>
        """;

    private sealed class HtmlPage(string html, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = "text/html; charset=utf-8";
            response.Headers.CacheControl = "no-store";
            response.Headers["Referrer-Policy"] = "no-referrer";
            response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";
            return response.WriteAsync(html, httpContext.RequestAborted);
        }
    }
}
