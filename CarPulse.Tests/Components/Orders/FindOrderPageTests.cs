using Bunit;
using CarPulse.Domain.Messages;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Reports;
using CarPulse.Tests.Support;
using CarPulse.Web.Features.Device;
using CarPulse.Web.Features.Orders;
using CarPulse.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CarPulse.Tests.Components.Orders;

public sealed class FindOrderPageTests : CarPulseTestContext
{
    private readonly FakeTimeProvider _clock = new(OrderSessionBuilder.Now);
    private readonly TestDatabase _database;

    public FindOrderPageTests()
    {
        _database = UseDatabase(_clock);
        Services.AddSingleton(Options.Create(new ReportOptions { PublicBaseUrl = "https://carpulse.example" }));
        Services.AddOptions<CompanyOptions>().Bind(TestFunnel.Company);
        Services.AddScoped<CustomerMail>();
        Services.AddSingleton(Options.Create(new RateLimitOptions { OrderLookupsPerHour = 10, OrderLookupsPerEmailPerHour = 3 }));
        Services.AddSingleton<IRateLimitStore>(new InMemoryRateLimitStore(_clock));
        Services.AddSingleton<OrderLookupLimit>();
        Services.AddSingleton<PublicAddress>();
        Services.AddScoped<CircuitClientAddress>();
    }

    [Fact]
    public async Task A_known_and_an_unknown_address_get_the_same_page_and_only_the_known_one_is_mailed()
    {
        var order = await PaidWithEmail.SeedAsync(_database, "owner@example.com");

        var known = Ask("Owner@Example.com");
        var unknown = Ask("stranger@example.com");

        Assert.Equal(known, unknown);
        Assert.Contains("If this address has orders with us", known);
        var message = Assert.Single(await MessagesAsync());
        Assert.Equal((MessageKind.OrderLinks, "owner@example.com", "https://carpulse.example"), (message.Kind, message.Recipient, message.SiteUrl));
        Assert.Null(message.OrderSessionId);
        Assert.DoesNotContain(order.Id, known);
    }

    [Fact]
    public async Task An_email_asked_for_more_than_three_times_an_hour_is_told_to_wait_and_gets_no_more_mail()
    {
        await PaidWithEmail.SeedAsync(_database, "owner@example.com");

        var answers = Enumerable.Range(0, 4).Select(_ => Ask("owner@example.com")).ToList();
        var other = Ask("stranger@example.com");

        Assert.All(answers.Take(3), answer => Assert.Contains("If this address has orders with us", answer));
        Assert.Contains("Too many requests for order links", answers[3]);
        Assert.Contains("If this address has orders with us", other);
        Assert.Equal(3, (await MessagesAsync()).Count);
    }

    [Fact]
    public void Something_that_is_not_an_address_is_named_at_the_field_and_nothing_is_sent()
    {
        var page = Render<FindOrderPage>();

        page.Find("input").Change("not an address");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("Enter an email address such as name@example.com.", page.Markup));
        Assert.DoesNotContain("If this address has orders with us", page.Markup);
    }

    /// <summary>Types the address and sends it, as a person does; answers what the page then says.</summary>
    private string Ask(string email)
    {
        var page = Render<FindOrderPage>();
        page.Find("input").Change(email);
        page.Find("form").Submit();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=find-order-answer]")));
        return page.Find("[data-testid=find-order-answer]").TextContent;
    }

    private async Task<List<OutboxMessage>> MessagesAsync()
    {
        await using var db = _database.Open();
        return await db.OutboxMessages.AsNoTracking().ToListAsync();
    }
}
