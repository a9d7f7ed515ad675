using System.Net;
using CarPulse.Tests.Support;

namespace CarPulse.Tests.Http.Messages;

/// <summary>The embedded default writes mail to files; <c>/dev/mail</c> shows them in Development and nowhere else.</summary>
public sealed class DevMailTests
{
    [Fact]
    public async Task In_development_a_free_orders_messages_are_listed_and_open_with_the_link_to_the_order()
    {
        using var app = CarPulseApp.WithTeslaSimulator(("Reports:PollInterval", "00:00:00.100"), ("Email:PollInterval", "00:00:00.050"));
        var tesla = new TeslaSignIn(app);
        var sessionId = await tesla.PayFreeAsync("one-car", "basic", email: "owner@example.com");
        await app.SettledAsync(count: 2);

        var list = await tesla.Browser.GetStringAsync("/dev/mail");
        var first = System.Text.RegularExpressions.Regex.Match(list, "href=\"(/dev/mail/[^\"]+\\.eml)\"").Groups[1].Value;
        var message = WebUtility.HtmlDecode(await tesla.Browser.GetStringAsync(first));

        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(list, "data-testid=\"mail-row\"").Count);
        Assert.Contains("owner@example.com", list);
        Assert.Contains($"/order/{sessionId}", message);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(app.DataDirectory, "mail"), "*.eml").Length);
        Assert.Equal(HttpStatusCode.NotFound, (await tesla.Browser.GetAsync("/dev/mail/..%2Fcarpulse.db")).StatusCode);
    }

    [Fact]
    public async Task Outside_development_the_mail_pages_do_not_exist()
    {
        using var app = new CarPulseApp(
            ("Environment", "Production"), ("Tesla:Mode", "Simulator"), ("Tesla:AllowSimulatorInProduction", "true"),
            ("Payments:AllowDemoInProduction", "true"), ("Reports:PublicBaseUrl", "https://localhost"));
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        var response = await client.GetAsync("/dev/mail");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("CarPulse mail", await response.Content.ReadAsStringAsync());
    }
}
