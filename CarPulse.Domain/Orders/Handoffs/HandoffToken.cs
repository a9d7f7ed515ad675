namespace CarPulse.Domain.Orders.Handoffs;

/// <summary>
/// A short-lived link that opens one order on another device ("Continue on your phone"). It grants
/// nothing beyond what the order URL itself grants, and only for <see cref="Lifetime"/>.
/// </summary>
public sealed class HandoffToken
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public const int Length = BearerSecret.Length;

    private HandoffToken()
    {
        Token = string.Empty;
        OrderSessionId = string.Empty;
    }

    private HandoffToken(string token, string orderSessionId, DateTimeOffset createdAt)
    {
        Token = token;
        OrderSessionId = orderSessionId;
        CreatedAt = createdAt;
        ExpiresAt = createdAt + Lifetime;
    }

    public string Token { get; private set; }
    public string OrderSessionId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }

    internal static HandoffToken Issue(string orderSessionId, DateTimeOffset now) =>
        new(BearerSecret.New(), orderSessionId, now);

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>True when the text could be a token; anything else is unknown without a database look-up.</summary>
    public static bool IsWellFormed(string? value) =>
        BearerSecret.IsWellFormed(value);
}
