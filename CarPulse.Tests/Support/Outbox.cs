using CarPulse.Domain.Messages;
using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Support;

/// <summary>Reads an app's outbox, and waits (bounded) for its messages to settle.</summary>
public static class Outbox
{
    public static async Task<IReadOnlyList<OutboxMessage>> MessagesAsync(this CarPulseApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CarPulseDb>().OutboxMessages.AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync();
    }

    /// <summary>Waits until <paramref name="count"/> messages exist and none is waiting any more; then answers them.</summary>
    public static async Task<IReadOnlyList<OutboxMessage>> SettledAsync(this CarPulseApp app, int count, int seconds = 30)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var messages = await app.MessagesAsync();
            if ((messages.Count >= count && messages.All(m => m.Status != MessageStatus.Queued)) || DateTimeOffset.UtcNow > deadline)
            {
                return messages;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The decoded text a person reads: subject, plain text and HTML bodies.</summary>
    public static string Readable(this MimeKit.MimeMessage message) => $"{message.Subject}\n{message.TextBody}\n{message.HtmlBody}";

    /// <summary>Waits until the order's reports are done (or it waits for a reconnect); then answers the order.</summary>
    public static async Task<CarPulse.Domain.Orders.OrderSession> SettledReportsAsync(this CarPulseApp app, string sessionId, int seconds = 30)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(seconds);
        while (true)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var session = await scope.ServiceProvider.GetRequiredService<CarPulseDb>().OrderSessions.AsNoTracking().SingleAsync(s => s.Id == sessionId);
            if (session.Status == CarPulse.Domain.Orders.OrderStatus.Complete || session.TeslaReconnectNeeded || DateTimeOffset.UtcNow > deadline)
            {
                return session;
            }

            await Task.Delay(50);
        }
    }
}
