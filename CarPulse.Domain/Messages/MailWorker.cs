using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Messages;

/// <summary>
/// Sends the outbox: claims a due message, composes it from the order as it is now, hands it to the transport and marks
/// it sent; a failed try is queued again with a backoff, and failed for good after <see cref="EmailOptions.MaxAttempts"/>.
/// A message's order is never touched here: a mail server that is down delays mail, nothing else.
/// </summary>
public sealed partial class MailWorker(
    IServiceScopeFactory scopes, IMailTransport transport, TimeProvider clock, IOptions<EmailOptions> options, ILogger<MailWorker> log) : BackgroundService
{
    private readonly string _name = $"{Environment.MachineName}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            while (true)
            {
                bool sent;
                try
                {
                    sent = await SendOneAsync(stoppingToken);
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    LogWorkerFailed(log, failure);
                    sent = false;
                }

                if (!sent)
                {
                    await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host stops: a claimed message's lease runs out and the next start (or another node) sends it.
        }
    }

    /// <summary>Claims and tries one due message; false when none was due.</summary>
    public async Task<bool> SendOneAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
        if (await outbox.ClaimNextAsync(_name, cancellationToken) is not { } message)
        {
            return false;
        }

        try
        {
            if (await scope.ServiceProvider.GetRequiredService<MessageComposer>().ComposeAsync(message, cancellationToken) is not { } mime)
            {
                await outbox.CancelAsync(message.Id, _name, CancellationToken.None);
                LogCancelled(log, message.Id, message.Kind);
                return true;
            }

            await transport.SendAsync(mime, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The server's answer may quote the address: it is scrubbed before it is stored or logged.
            var reason = EmailAddress.Scrub($"{failure.GetType().Name}: {failure.Message}");
            await outbox.MarkFailedAsync(message, _name, reason, CancellationToken.None);
            LogSendFailed(log, message.Id, message.Kind, message.Attempts, reason);
            return true;
        }

        await outbox.MarkSentAsync(message.Id, _name, CancellationToken.None);
        LogSent(log, message.Id, message.Kind);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent message {MessageId} ({Kind})")]
    private static partial void LogSent(ILogger logger, Guid messageId, MessageKind kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} ({Kind}) has nothing left to send; cancelled")]
    private static partial void LogCancelled(ILogger logger, Guid messageId, MessageKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} ({Kind}) failed on try {Attempt}: {Reason}")]
    private static partial void LogSendFailed(ILogger logger, Guid messageId, MessageKind kind, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail worker loop failed")]
    private static partial void LogWorkerFailed(ILogger logger, Exception exception);
}
