using System.Net.Http.Json;
using CarPulse.Domain.Messages;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using CarPulse.Tests.Support;
using CarPulse.Tests.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Http.Messages;

/// <summary>The customer's messages, sent by the app over TCP to a real SMTP server in the test process.</summary>
public sealed class CustomerMessageTests : IAsyncLifetime
{
    private readonly TestSmtpServer _smtp = new();
    private CarPulseApp? _app;

    private CarPulseApp App => _app ?? throw new InvalidOperationException("Not started.");

    public Task InitializeAsync()
    {
        _app = CarPulseApp.WithTeslaSimulator([("Reports:PollInterval", "00:00:00.100"), .. _smtp.Settings]);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_paid_order_gets_its_confirmation_with_the_receipt_and_reports_ready_with_the_pdf_once_each_in_the_customers_language()
    {
        var tesla = new TeslaSignIn(App);
        var sessionId = await tesla.ConnectAsync("one-car");
        var vehicle = Assert.Single(await tesla.VehiclesAsync(sessionId));
        await (await tesla.Browser.PostAsJsonAsync($"/api/v1/tesla/session/{sessionId}/select", new { vehicle_ids = new[] { vehicle }, package = "basic" })).AssertOkJsonAsync();
        await (await tesla.Browser.PostAsJsonAsync("/api/v1/pricing/quote", new { session_id = sessionId })).AssertOkJsonAsync();
        var intent = await (await tesla.Browser.PostAsJsonAsync("/api/v1/payment/create-intent?culture=fi", new { session_id = sessionId })).AssertOkJsonAsync();

        await DemoCheckoutButtons.PressAsync(tesla.Browser, new Uri(intent.GetProperty("checkout_url").GetString() ?? ""), "pay", email: " Omistaja@Example.FI ");
        var outbox = await App.SettledAsync(count: 2);

        Assert.Equal([MessageStatus.Sent, MessageStatus.Sent], outbox.Select(m => m.Status));
        Assert.Equal(2, _smtp.Received.Count);
        var session = await SessionAsync(sessionId);
        var confirmation = Assert.Single(_smtp.Received, m => m.Subject == $"CarPulse-tilauksesi {session.Reference}");
        var ready = Assert.Single(_smtp.Received, m => m.Subject == $"CarPulse-raporttisi ovat valmiit ({session.Reference})");
        Assert.All(_smtp.Received, message =>
        {
            Assert.Equal("omistaja@example.fi", Assert.Single(message.To.Mailboxes).Address);
            Assert.Contains($"{tesla.Browser.BaseAddress?.ToString().TrimEnd('/')}/order/{sessionId}", message.TextBody);
            Assert.Contains($"href=\"{tesla.Browser.BaseAddress?.ToString().TrimEnd('/')}/order/{sessionId}\"", message.HtmlBody);
            Assert.Contains("pidä se omana tietonasi", message.Readable());
            Assert.DoesNotContain(session.Vehicles.Single().Vin, message.Readable());
            Assert.DoesNotContain("<img", message.HtmlBody);
        });
        Assert.Equal([$"CarPulse-receipt-{OrderReference.ReceiptNumber(session.Reference)}.pdf"], confirmation.Attachments.Select(a => a.ContentDisposition?.FileName));
        var pdf = Assert.Single(ready.Attachments);
        Assert.Equal("application/pdf", pdf.ContentType.MimeType);
        Assert.Contains(session.Vehicles.Single().MaskedVin, ready.Readable());
    }

    [Fact]
    public async Task A_free_order_with_an_email_gets_its_link_and_one_without_gets_nothing()
    {
        var tesla = new TeslaSignIn(App);

        var withEmail = await tesla.PayFreeAsync("one-car", "basic", language: "sv", email: "agare@example.se");
        var withoutEmail = await tesla.PayFreeAsync("one-car", "basic");
        var outbox = await App.SettledAsync(count: 2);

        Assert.All(outbox, message => Assert.Equal(withEmail, message.OrderSessionId));
        Assert.Equal(2, _smtp.Received.Count);
        Assert.All(_smtp.Received, message => Assert.Contains($"/order/{withEmail}", message.TextBody));
        Assert.Contains(_smtp.Received, message => (message.Subject ?? "").StartsWith("Din CarPulse-beställning", StringComparison.Ordinal));
        Assert.DoesNotContain(_smtp.Received, message => message.Readable().Contains(withoutEmail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_address_that_is_not_one_is_refused_by_name_and_the_order_stays_unpaid()
    {
        var tesla = new TeslaSignIn(App);
        var sessionId = await tesla.ConnectAsync("one-car");
        var vehicle = Assert.Single(await tesla.VehiclesAsync(sessionId));
        await (await tesla.Browser.PostAsJsonAsync($"/api/v1/tesla/session/{sessionId}/select", new { vehicle_ids = new[] { vehicle }, package = "basic" })).AssertOkJsonAsync();
        await (await tesla.Browser.PostAsJsonAsync("/api/v1/pricing/quote", new { session_id = sessionId, voucher_code = "PILOT2026" })).AssertOkJsonAsync();

        var response = await tesla.Browser.PostAsJsonAsync("/api/v1/payment/create-intent", new { session_id = sessionId, email = "not an address" });

        var problem = await response.AssertProblemAsync(System.Net.HttpStatusCode.BadRequest);
        Assert.Equal(["email"], problem.GetProperty("errors").PropertyNames());
        Assert.Equal(OrderStatus.VehiclesSelected, (await SessionAsync(sessionId)).Status);
    }

    [Fact]
    public async Task Find_my_order_mails_an_address_the_links_of_its_own_orders_and_never_another_addresses()
    {
        var tesla = new TeslaSignIn(App);
        var mine = await tesla.PayFreeAsync("one-car", "basic", email: "me@example.com");
        var alsoMine = await tesla.PayFreeAsync("two-cars", "basic", email: "me@example.com");
        var theirs = await tesla.PayFreeAsync("one-car", "basic", email: "them@example.com");
        await App.SettledAsync(count: 6);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<CustomerMail>().QueueOrderLinksAsync(" ME@example.com", "en", tesla.Browser.BaseAddress ?? new Uri("http://localhost"), CancellationToken.None));
        }

        await App.SettledAsync(count: 7);
        var links = Assert.Single(_smtp.Received, m => m.Subject == "Your CarPulse orders");
        Assert.Equal("me@example.com", Assert.Single(links.To.Mailboxes).Address);
        Assert.Contains($"/order/{mine}", links.TextBody);
        Assert.Contains($"/order/{alsoMine}", links.HtmlBody);
        Assert.DoesNotContain(theirs, links.Readable());
        Assert.Contains("keep them private", links.TextBody);
    }

    [Fact]
    public async Task No_customer_address_reaches_the_log()
    {
        App.Dispose();
        _app = CarPulseApp.WithTeslaSimulator([("Reports:PollInterval", "00:00:00.100"), ("Serilog:MinimumLevel:Default", "Verbose"), .. _smtp.Settings]);
        var tesla = new TeslaSignIn(App);

        await tesla.PayFreeAsync("one-car", "basic", email: "secret.owner@example.com");
        await App.SettledAsync(count: 2);

        var file = Directory.GetFiles(Path.Combine(App.DataDirectory, "logs"), "carpulse-*.log").Single();
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var log = await new StreamReader(stream).ReadToEndAsync();
        Assert.Contains("Sent message", log);
        Assert.DoesNotContain("secret.owner", log, StringComparison.OrdinalIgnoreCase);
    }

    public async Task DisposeAsync()
    {
        _app?.Dispose();
        await _smtp.DisposeAsync();
    }

    private async Task<OrderSession> SessionAsync(string sessionId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CarPulseDb>().OrderSessions.AsNoTracking().SingleAsync(s => s.Id == sessionId);
    }
}
