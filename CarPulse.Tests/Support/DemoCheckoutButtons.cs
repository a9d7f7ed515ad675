using System.Net;
using System.Text.RegularExpressions;

namespace CarPulse.Tests.Support;

/// <summary>The demo checkout page's buttons, pressed as a browser presses them (with the page's antiforgery token).</summary>
public static partial class DemoCheckoutButtons
{
    /// <summary>Reads the page for its form token, so a press can be sent later at a moment the test chooses.</summary>
    /// <param name="email">What the customer types into the page's email field, if anything.</param>
    public static async Task<FormUrlEncodedContent> FormAsync(HttpClient client, Uri checkoutUrl, string decision, string? email = null)
    {
        var page = await client.GetStringAsync(checkoutUrl);
        var token = AntiforgeryField().Match(page);
        var fields = new Dictionary<string, string>
        {
            [token.Groups["name"].Value] = WebUtility.HtmlDecode(token.Groups["value"].Value),
            ["decision"] = decision,
        };
        if (email is not null)
        {
            fields["email"] = email;
        }

        return new FormUrlEncodedContent(fields);
    }

    /// <summary>Presses <paramref name="decision"/> (pay, decline, cancel); answers where the page sends the browser.</summary>
    public static async Task<Uri> PressAsync(HttpClient client, Uri checkoutUrl, string decision, string? email = null)
    {
        var response = await client.PostAsync(checkoutUrl, await FormAsync(client, checkoutUrl, decision, email));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location ?? throw new InvalidOperationException("The demo page sent no redirect.");
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex AntiforgeryField();
}
