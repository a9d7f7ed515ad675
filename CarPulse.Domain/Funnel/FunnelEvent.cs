using System.Security.Cryptography;
using System.Text;

namespace CarPulse.Domain.Funnel;

/// <summary>
/// One journey reaching one step, once. It holds no personal data: the key is random for a visit that has no order
/// yet, and a one-way hash of the order's session id after that (so an order's steps count once, and the key
/// cannot be turned back into the bearer secret).
/// </summary>
public sealed class FunnelEvent
{
    public const int KeyLength = 32;

    private FunnelEvent()
    {
        Key = string.Empty;
    }

    public long Id { get; private set; }
    public FunnelStep Step { get; private set; }
    public string Key { get; private set; }

    /// <summary>The calendar day in the seller's time zone, so "by day" matches the shop's day.</summary>
    public DateOnly Day { get; private set; }
    public DateTimeOffset At { get; private set; }

    internal static FunnelEvent Reached(FunnelStep step, string key, DateOnly day, DateTimeOffset at) =>
        new() { Step = step, Key = key, Day = day, At = at };

    /// <summary>A key for a visit before any order exists (one per circuit, or per request).</summary>
    public static string NewVisitKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(KeyLength / 2));

    /// <summary>The key of an order's journey.</summary>
    public static string OrderKey(string sessionId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("funnel:" + sessionId)))[..KeyLength];
}
