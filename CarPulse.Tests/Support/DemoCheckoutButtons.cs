using System.Net;
using System.Text.RegularExpressions;

namespace CarPulse.Tests.Support;

/// <summary>The demo checkout page's buttons, pressed as a browser presses them (with the page's antiforgery token).</summary>
public static partial class DemoCheckoutButtons
{
    /// <summary>Reads the page for its form token, so a press can be sent later at a moment the test chooses.</summary>
    public static async Task<FormUrlEncodedContent> FormAsync(HttpClient client, Uri checkoutUrl, string decision)
    {
        var page = await client.GetStringAsync(checkoutUrl);
        var token = AntiforgeryField().Match(page);
        return new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [token.Groups["name"].Value] = WebUtility.HtmlDecode(token.Groups["value"].Value),
            ["decision"] = decision,
        });
    }

    /// <summary>Presses <paramref name="decision"/> (pay, decline, cancel); answers where the page sends the browser.</summary>
    public static async Task<Uri> PressAsync(HttpClient client, Uri checkoutUrl, string decision)
    {
        var response = await client.PostAsync(checkoutUrl, await FormAsync(client, checkoutUrl, decision));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location ?? throw new InvalidOperationException("The demo page sent no redirect.");
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex AntiforgeryField();
}
