using System.Net;
using CarPulse.Tests.Support;

namespace CarPulse.Tests.Http;

/// <summary>The pages every shop must have, and the footer that links them from every page.</summary>
public sealed class ShopPagesTests : IDisposable
{
    private readonly CarPulseApp _app = new(("Company:Name", "Testiauto Oy"), ("Company:BusinessId", "7654321-0"), ("Company:Email", "apu@testiauto.example"));

    [Theory]
    [InlineData("/")]
    [InlineData("/start")]
    [InlineData("/terms")]
    [InlineData("/privacy")]
    [InlineData("/contact")]
    [InlineData("/orders/find")]
    [InlineData("/verify/ABCD234567")]
    public async Task Every_page_has_a_footer_linking_terms_privacy_contact_and_find_my_order(string path)
    {
        var page = await (await _app.CreateClient().GetAsync(path)).Content.ReadAsStringAsync();

        var footer = page[page.IndexOf("data-testid=\"site-footer\"", StringComparison.Ordinal)..];
        Assert.Contains("href=\"/terms\"", footer);
        Assert.Contains("href=\"/privacy\"", footer);
        Assert.Contains("href=\"/contact\"", footer);
        Assert.Contains("href=\"/orders/find\"", footer);
    }

    [Theory]
    [InlineData("fi", "/terms", "Myyntiehdot", "Y-tunnus 7654321-0")]
    [InlineData("sv", "/terms", "Försäljningsvillkor", "FO-nummer 7654321-0")]
    [InlineData("en", "/terms", "Terms of sale", "business ID 7654321-0")]
    [InlineData("fi", "/privacy", "Tietosuojaseloste", "apu@testiauto.example")]
    [InlineData("sv", "/privacy", "Dataskyddsbeskrivning", "apu@testiauto.example")]
    [InlineData("fi", "/contact", "Yhteystiedot", "Testiauto Oy")]
    [InlineData("sv", "/contact", "Kontakt", "7654321-0")]
    public async Task The_shop_pages_speak_the_chosen_language_and_name_the_seller_from_the_company_settings(string culture, string path, string title, string seller)
    {
        var response = await _app.CreateClient().GetAsync($"{path}?culture={culture}");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<h1 class=\"mud-typography mud-typography-h1\">{title}</h1>", page);
        Assert.Contains(seller, page);
    }

    [Fact]
    public async Task The_terms_say_the_withdrawal_right_ends_at_delivery_and_the_privacy_notice_names_who_processes_the_data()
    {
        var terms = WebUtility.HtmlDecode(await _app.CreateClient().GetStringAsync("/terms"));
        var privacy = WebUtility.HtmlDecode(await _app.CreateClient().GetStringAsync("/privacy"));

        Assert.Contains("your right of withdrawal ends once the reports are delivered", terms);
        Assert.Contains("365 days after payment", terms);
        Assert.Contains("Tesla:", privacy);
        Assert.Contains("Stripe:", privacy);
        Assert.Contains("Our mail provider:", privacy);
        Assert.Contains("365 days after payment", privacy);
    }

    public void Dispose() => _app.Dispose();
}
