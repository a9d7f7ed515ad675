using System.Text.Encodings.Web;

namespace CarPulse.Web.Simulators;

/// <summary>
/// The frame of a simulator's page (Tesla's consent screen, the demo checkout): plain server-rendered
/// HTML in the app's colours, a badge that says it is not the real thing, no external assets, 48 px
/// touch targets and no &lt;select&gt; (the Tesla in-car browser cannot open one).
/// </summary>
internal static class SimulatorPage
{
    private const string BaseStyle = """
        body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;background:#f4f6f8;color:#1b1f23;line-height:1.45}
        header{background:#1c3d5a;color:#fff;padding:1rem 1.5rem}
        header h1{margin:0;font-size:1.4rem}
        .badge{display:inline-block;margin-top:.35rem;background:#c8102e;color:#fff;font-weight:600;border-radius:999px;padding:.15rem .7rem;font-size:.85rem}
        main{max-width:40rem;margin:0 auto;padding:1rem 1.5rem 2rem}
        h2{color:#1c3d5a;font-size:1.1rem;margin:1.25rem 0 .5rem}
        ul{list-style:none;padding:0;margin:0}
        button{display:block;width:100%;min-height:48px;font:inherit;border-radius:8px;cursor:pointer;padding:.75rem 1rem;text-align:left}
        .problem{background:#fff;border-left:4px solid #c8102e;padding:.75rem 1rem}
        """;

    public static string Encode(string value) => HtmlEncoder.Default.Encode(value);

    /// <param name="title">Our own constant text, written as it is.</param>
    /// <param name="badge">Our own constant text, written as it is.</param>
    /// <param name="body">HTML in which every value is already encoded.</param>
    /// <param name="style">CSS for this page.</param>
    /// <param name="status">The HTTP status.</param>
    public static IResult Render(string title, string badge, string body, string style, int status) =>
        new HtmlPage($$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{title}}</title>
            <style>
            {{BaseStyle}}
            {{style}}
            </style>
            </head>
            <body>
            <header><h1>{{title}}</h1><span class="badge">{{badge}}</span></header>
            <main>{{body}}</main>
            </body>
            </html>
            """, status);

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
