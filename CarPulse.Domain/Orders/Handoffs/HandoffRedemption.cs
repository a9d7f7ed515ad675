namespace CarPulse.Domain.Orders.Handoffs;

/// <summary>What a handoff link gives: the order to open, or why it opens nothing.</summary>
public abstract record HandoffRedemption
{
    private HandoffRedemption()
    {
    }

    /// <summary>The link is good: open this order.</summary>
    public sealed record Opened(string SessionId) : HandoffRedemption;

    /// <summary>No such link: never issued, malformed, or deleted with its order.</summary>
    public sealed record Unknown : HandoffRedemption;

    /// <summary>The link passed its ten minutes, or its unpaid order expired meanwhile.</summary>
    public sealed record Expired : HandoffRedemption;
}
