namespace CarPulse.Domain.Messages;

/// <summary>The messages a customer gets, each for one event.</summary>
public enum MessageKind
{
    /// <summary>The order is paid: the receipt, and the link to the reports being built.</summary>
    OrderConfirmation,

    /// <summary>The order's reports are done: the link, and each vehicle's PDF.</summary>
    ReportsReady,

    /// <summary>Tesla refused our connection: the customer must sign in again to finish the order.</summary>
    ActionNeeded,

    /// <summary>"Find my order": the links of every order of the address that asked.</summary>
    OrderLinks,
}

public enum MessageStatus
{
    /// <summary>Waiting for its first try, or for the next one after a failure.</summary>
    Queued,
    Sent,

    /// <summary>Every try failed; the back office shows it and can send the message again.</summary>
    Failed,

    /// <summary>Nothing left to send: the order's data was deleted, or the address has no order any more.</summary>
    Cancelled,
}

/// <summary>
/// One message to send, written in the same transaction as the event that causes it, so an event is never lost and
/// never mailed twice: <see cref="EventKey"/> is unique. The content is composed when it is sent, from the order as it
/// is then. A sender claims the row with a lease (a conditional update), so of several nodes exactly one sends it.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        EventKey = string.Empty;
        Language = string.Empty;
        SiteUrl = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The event the message is for (<c>confirmation:{order}</c>…); a second message for the same event cannot be stored.</summary>
    public string EventKey { get; private set; }
    public MessageKind Kind { get; private set; }

    /// <summary>The order it is about; null for "find my order", which is about an address.</summary>
    public string? OrderSessionId { get; private set; }

    /// <summary>Personal data: null once the order's data is deleted.</summary>
    public string? Recipient { get; private set; }
    public string Language { get; private set; }

    /// <summary>The shop's public address the message's links start with.</summary>
    public string SiteUrl { get; private set; }
    public MessageStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public string? LeaseOwner { get; private set; }
    public DateTimeOffset? LeaseUntil { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Why the last try failed (the mail server's answer); never the address.</summary>
    public string? LastError { get; private set; }

    internal static OutboxMessage Queue(string eventKey, MessageKind kind, string? orderSessionId, string recipient, string language, string siteUrl, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        EventKey = eventKey,
        Kind = kind,
        OrderSessionId = orderSessionId,
        Recipient = recipient,
        Language = language,
        SiteUrl = siteUrl.TrimEnd('/'),
        Status = MessageStatus.Queued,
        NextAttemptAt = now,
        CreatedAt = now,
    };

    /// <summary>The address goes; a message still waiting is not sent any more.</summary>
    internal void Erase()
    {
        Recipient = null;
        if (Status == MessageStatus.Queued)
        {
            Status = MessageStatus.Cancelled;
            LeaseOwner = null;
            LeaseUntil = null;
        }
    }
}
