using Bunit;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Orders.Handoffs;
using CarPulse.Tests.Support;
using CarPulse.Web.Features.Checkout.Handoff;
using CarPulse.Domain.Reports;
using CarPulse.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CarPulse.Tests.Components.Checkout.Handoff;

public sealed class ContinueOnPhoneTests : CarPulseTestContext
{
    private const string QrCode = "[aria-label='QR code that opens this order on your phone'] svg";
    private readonly FakeTimeProvider _clock = new(OrderSessionBuilder.Now);
    private readonly TestDatabase _database;

    public ContinueOnPhoneTests()
    {
        _database = UseDatabase(_clock);
        Services.AddScoped<HandoffService>();
        Services.AddScoped<HandoffLinks>();
        Services.AddOptions<ReportOptions>();
        Services.AddSingleton<PublicAddress>();
    }

    [Fact]
    public void Before_a_click_it_offers_the_button_and_shows_no_code()
    {
        var session = Seed(new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build());

        var cut = Render<ContinueOnPhone>(p => p.Add(c => c.SessionId, session.Id));

        Assert.NotNull(cut.FindButton("Continue on your phone"));
        Assert.Empty(cut.FindAll(QrCode));
        Assert.DoesNotContain("/handoff/", cut.Markup);
    }

    [Fact]
    public void A_click_shows_a_QR_code_and_the_link_with_how_long_it_is_valid()
    {
        var session = Seed(new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build());
        var cut = Render<ContinueOnPhone>(p => p.Add(c => c.SessionId, session.Id));

        cut.FindButton("Continue on your phone").Click();

        var qr = cut.WaitForElement(QrCode);
        Assert.NotEmpty(qr.QuerySelectorAll("path, rect"));
        var link = cut.Find(".handoff-url").TextContent.Trim();
        Assert.StartsWith("http://localhost/handoff/", link);
        Assert.Contains("Valid for 10 minutes", cut.Text());
        Assert.DoesNotContain(session.Id, cut.Markup);
    }

    [Fact]
    public void The_link_starts_with_the_configured_public_address_not_the_one_the_circuit_reached()
    {
        Services.AddSingleton(Options.Create(new ReportOptions { PublicBaseUrl = "https://carpulse.example" }));
        var session = Seed(new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build());
        var cut = Render<ContinueOnPhone>(p => p.Add(c => c.SessionId, session.Id));

        cut.FindButton("Continue on your phone").Click();

        Assert.StartsWith("https://carpulse.example/handoff/", cut.WaitForElement(".handoff-url").TextContent.Trim());
    }

    [Fact]
    public async Task The_link_shown_opens_this_order()
    {
        var session = Seed(new OrderSessionBuilder().InStatus(OrderStatus.Paid).Build());
        var cut = Render<ContinueOnPhone>(p => p.Add(c => c.SessionId, session.Id));

        cut.FindButton("Continue on your phone").Click();

        var link = new Uri(cut.WaitForElement(".handoff-url").TextContent.Trim());
        await using var db = _database.Open();
        var redemption = await new HandoffService(db, new OrderSessionStore(db, _clock, Options.Create(new OrderOptions())), _clock)
            .RedeemAsync(link.Segments[^1], CancellationToken.None);
        Assert.Equal(new HandoffRedemption.Opened(session.Id), redemption);
    }

    [Fact]
    public void Show_a_new_code_replaces_the_link()
    {
        var session = Seed(new OrderSessionBuilder().Build());
        var cut = Render<ContinueOnPhone>(p => p.Add(c => c.SessionId, session.Id));
        cut.FindButton("Continue on your phone").Click();
        var first = cut.WaitForElement(".handoff-url").TextContent;

        cut.FindButton("Show a new code").Click();

        cut.WaitForAssertion(() => Assert.NotEqual(first, cut.Find(".handoff-url").TextContent));
    }

    [Fact]
    public void An_expired_order_gets_the_expiry_message_instead_of_a_code()
    {
        var session = Seed(new OrderSessionBuilder().Build());
        var cut = Render<ContinueOnPhone>(p => p.Add(c => c.SessionId, session.Id));
        _clock.Advance(OrderOptions.DefaultSessionLifetime);

        cut.FindButton("Continue on your phone").Click();

        cut.WaitForAssertion(() => Assert.Equal("Session expired. Please start again.", cut.Find("[role=alert]").TextContent.Trim()));
        Assert.Empty(cut.FindAll(QrCode));
    }

    private OrderSession Seed(OrderSession session)
    {
        using var db = _database.Open();
        db.OrderSessions.Add(session);
        db.SaveChanges();
        return session;
    }
}
