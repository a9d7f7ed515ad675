using System.Globalization;
using System.Net;
using System.Xml.Linq;
using CarPulse.Tests.Support;
using CarPulse.Web.Components;

namespace CarPulse.Tests.Features.Language;

public sealed class LanguageTests
{
    [Theory]
    [InlineData("fi", "29,99 €")]
    [InlineData("sv", "29,99 €")]
    [InlineData("en", "€29.99")]
    public void Money_is_written_the_way_the_culture_writes_it(string culture, string expected)
    {
        var text = MoneyFormat.Format(2999, "EUR", CultureInfo.GetCultureInfo(culture));

        Assert.Equal(expected, text.Replace('\u00A0', ' ').Replace('\u202F', ' '));
    }

    [Fact]
    public void Finnish_and_swedish_translate_the_same_keys()
    {
        static HashSet<string> Keys(string culture) => XDocument.Load(Path.Combine(RepositoryPaths.WebProject(), "Resources", $"Text.{culture}.resx"))
            .Root?.Elements("data").Select(data => (string?)data.Attribute("name") ?? string.Empty).ToHashSet() ?? [];

        var finnish = Keys("fi");
        var swedish = Keys("sv");

        Assert.NotEmpty(finnish);
        Assert.Empty(finnish.Except(swedish));
        Assert.Empty(swedish.Except(finnish));
    }

    [Fact]
    public async Task Choosing_finnish_remembers_it_in_a_cookie_and_the_landing_page_speaks_finnish()
    {
        using var app = new CarPulseApp();
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var switched = await client.GetAsync("/culture/fi?redirect=%2Fstart");
        var cookie = switched.Headers.GetValues("Set-Cookie").Single();
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        var landing = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/start", switched.Headers.Location?.OriginalString);
        Assert.Contains("Aloita", landing);
        Assert.Contains("Akun ja latauksen tila", landing);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task The_language_switch_never_redirects_off_site(string redirect)
    {
        using var app = new CarPulseApp();
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync($"/culture/sv?redirect={Uri.EscapeDataString(redirect)}");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}
