using System.Net;
using System.Text.RegularExpressions;
using CarPulse.Web.Features.Admin.Login;

namespace CarPulse.Tests.Support;

/// <summary>Signs in to the back office the way a browser does: the login page for its antiforgery token, then the form post.</summary>
public static partial class AdminSignIn
{
    public const string Username = "admin";
    public const string Password = "correct horse battery staple";

    /// <summary>The admin password's hash, made once (PBKDF2 is slow on purpose).</summary>
    public static string PasswordHash { get; } = AdminPasswordHash.Hash(Password);

    public static (string Key, string Value) Setting => ("Admin:PasswordHash", PasswordHash);

    /// <summary>Posts the login form; answers the redirect (the client must not follow redirects).</summary>
    public static async Task<HttpResponseMessage> LogInAsync(this HttpClient client, string username, string password, string? returnUrl = null)
    {
        var token = await AntiforgeryTokenAsync(client, "/admin/login");
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["username"] = username, ["password"] = password };
        if (returnUrl is not null)
        {
            form["returnUrl"] = returnUrl;
        }

        return await client.PostAsync("/admin/login", new FormUrlEncodedContent(form));
    }

    /// <summary>The hidden antiforgery field of the page at <paramref name="path"/> (its cookie lands in the client's jar).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var page = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return TokenIn(await page.Content.ReadAsStringAsync());
    }

    /// <summary>The hidden antiforgery field's value in a page's HTML.</summary>
    public static string TokenIn(string html)
    {
        var field = TokenField().Match(html);
        Assert.True(field.Success, "No antiforgery field on the page.");
        return WebUtility.HtmlDecode(ValueAttribute().Match(field.Value).Groups[1].Value);
    }

    /// <summary>Where a redirect points, without the host.</summary>
    public static string RedirectTarget(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location ?? throw new InvalidOperationException("No Location header.");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*>""")]
    private static partial Regex TokenField();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}
