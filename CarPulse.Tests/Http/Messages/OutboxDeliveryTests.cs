using CarPulse.Domain.Messages;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using CarPulse.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Http.Messages;

/// <summary>The outbox sends each event exactly once across restarts and nodes, and a mail server that is down harms nothing but mail.</summary>
public sealed class OutboxDeliveryTests : IAsyncLifetime
{
    private readonly TestSmtpServer _smtp = new();
    private readonly TemporaryDirectory _data = new();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Messages_queued_before_a_restart_are_sent_once_by_the_two_nodes_that_start_after_it()
    {
        string sessionId;
        using (var before = Node(("Email:PollInterval", "01:00:00")))
        {
            sessionId = await new TeslaSignIn(before).PayFreeAsync("two-cars", "basic", email: "owner@example.com");
            await before.SettledReportsAsync(sessionId);
            Assert.Equal(2, (await before.MessagesAsync()).Count(m => m.Status == MessageStatus.Queued));
        }

        using var first = Node();
        using var second = Node();
        var outbox = await first.SettledAsync(count: 2);

        Assert.Equal([MessageStatus.Sent, MessageStatus.Sent], outbox.Select(m => m.Status));
        Assert.Equal(2, _smtp.Received.Count);
        Assert.Equal(2, _smtp.Received.Select(m => m.MessageId).Distinct().Count());
        Assert.All(_smtp.Received, message => Assert.Contains($"/order/{sessionId}", message.TextBody));
    }

    [Fact]
    public async Task With_the_mail_server_down_a_message_is_tried_again_then_marked_failed_and_the_order_is_unaffected()
    {
        using var app = Node(
            ("Email:Smtp:Port", TestSmtpServer.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Email:MaxAttempts", "3"),
            ("Email:RetryBaseDelay", "00:00:00.050"));

        var sessionId = await new TeslaSignIn(app).PayFreeAsync("one-car", "basic", email: "owner@example.com");
        var outbox = await app.SettledAsync(count: 2);

        Assert.All(outbox, message =>
        {
            Assert.Equal(MessageStatus.Failed, message.Status);
            Assert.Equal(3, message.Attempts);
            Assert.NotNull(message.LastError);
            Assert.DoesNotContain("owner@example.com", message.LastError);
        });
        Assert.Equal(OrderStatus.Complete, (await app.SettledReportsAsync(sessionId)).Status);
        Assert.Empty(_smtp.Received);
    }

    [Fact]
    public async Task Of_ten_senders_that_claim_the_same_two_messages_at_once_each_message_goes_to_exactly_one()
    {
        using var app = Node(("Email:PollInterval", "01:00:00"));
        await app.SettledReportsAsync(await new TeslaSignIn(app).PayFreeAsync("one-car", "basic", email: "owner@example.com"));

        var claims = await Task.WhenAll(Enumerable.Range(0, 10).Select(async sender =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<MailOutbox>().ClaimNextAsync($"sender-{sender}", CancellationToken.None);
        }));

        var claimed = claims.OfType<OutboxMessage>().ToList();
        Assert.Equal(2, claimed.Count);
        Assert.Equal(2, claimed.Select(m => m.Id).Distinct().Count());
        Assert.All(claimed, message => Assert.Equal(1, message.Attempts));
    }

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        _data.Dispose();
    }

    /// <summary>An app instance on the shared data directory (one SQLite database): a node of the shop.</summary>
    private CarPulseApp Node(params (string Key, string Value)[] settings) =>
        CarPulseApp.WithTeslaSimulator([("Storage:DataDirectory", _data.Path), ("Reports:PollInterval", "00:00:00.100"), .. _smtp.Settings, .. settings]);
}
