namespace CarPulse.Domain.Admin;

/// <summary>
/// One admin sign-in, held in the database so that it can be ended for every copy of its cookie and on every node.
/// The cookie carries the session's id; the database keeps only its hash.
/// </summary>
public sealed class AdminSessionRecord
{
    private AdminSessionRecord()
    {
        IdHash = string.Empty;
        Username = string.Empty;
    }

    internal AdminSessionRecord(string idHash, string username, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        IdHash = idHash;
        Username = username;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public string IdHash { get; private set; }

    public string Username { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The sign-in's absolute end, however busy the admin is.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }
}
