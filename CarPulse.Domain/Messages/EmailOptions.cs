namespace CarPulse.Domain.Messages;

/// <summary>How messages leave: written as files (the embedded default) or sent to an SMTP server.</summary>
public enum MailDelivery
{
    /// <summary><c>.eml</c> files under <see cref="EmailOptions.Directory"/>; nothing reaches a customer.</summary>
    Directory,
    Smtp,
}

public sealed class SmtpOptions
{
    public string? Host { get; init; }
    public int Port { get; init; } = 587;
    public string? Username { get; init; }
    public string? Password { get; init; }

    /// <summary>STARTTLS (or TLS from the start on port 465); off only for a relay on the same machine or a test server.</summary>
    public bool UseTls { get; init; } = true;
}

public sealed class EmailOptions
{
    public const string Section = "Email";

    public MailDelivery Delivery { get; init; } = MailDelivery.Directory;

    /// <summary>Where <see cref="MailDelivery.Directory"/> writes; relative to the data directory.</summary>
    public string Directory { get; init; } = "mail";

    public SmtpOptions Smtp { get; init; } = new();

    /// <summary>The sender, e.g. <c>CarPulse &lt;orders@carpulse.fi&gt;</c>; unset, the company's name and email.</summary>
    public string? From { get; init; }

    /// <summary>Tries before a message is marked failed.</summary>
    public int MaxAttempts { get; init; } = 8;

    /// <summary>The wait after the first failed try; it doubles with each further one, up to an hour.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a sender owns a claimed message; longer than one SMTP conversation may take.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long one SMTP conversation may take.</summary>
    public TimeSpan SendTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often an idle sender looks for queued messages.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The PDFs are attached while they add up to at most this; larger, the message links to them instead.</summary>
    public long MaxAttachmentBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>The wait before try <paramref name="attempt"/> + 1 after <paramref name="attempt"/> failed ones.</summary>
    public TimeSpan Backoff(int attempt) =>
        TimeSpan.FromTicks(Math.Min(TimeSpan.FromHours(1).Ticks, RetryBaseDelay.Ticks * (1L << Math.Clamp(attempt - 1, 0, 20))));
}
