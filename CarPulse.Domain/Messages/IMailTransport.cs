using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CarPulse.Domain.Messages;

/// <summary>Hands a composed message on; throws when it could not (the outbox tries again later).</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>The embedded default: each message becomes an <c>.eml</c> file, which any mail program opens (and <c>/dev/mail</c> lists).</summary>
public sealed class DirectoryMailTransport(string directory, TimeProvider clock) : IMailTransport
{
    public string Directory => directory;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(directory);
        var name = $"{clock.GetUtcNow():yyyyMMdd'T'HHmmssfff}-{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml";
        var partial = Path.Combine(directory, name + ".partial");
        // Written aside, then moved: a reader never sees half a message.
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, Path.Combine(directory, name), overwrite: true);
    }
}

/// <summary>Sends over SMTP with MailKit: one connection per message, TLS unless turned off, a login when a user name is set.</summary>
public sealed class SmtpMailTransport(IOptions<EmailOptions> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var smtp = settings.Smtp;
        using var client = new SmtpClient { Timeout = (int)settings.SendTimeout.TotalMilliseconds };
        var security = !smtp.UseTls ? SecureSocketOptions.None
            : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set."), smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.Username))
        {
            await client.AuthenticateAsync(smtp.Username, smtp.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
