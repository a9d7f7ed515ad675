namespace CarPulse.Domain.Orders;

/// <summary>The session id is a bearer secret: whoever knows it owns the order.</summary>
public static class SessionId
{
    public const int Length = BearerSecret.Length;

    public static string New() => BearerSecret.New();

    public static bool IsWellFormed(string? value) => BearerSecret.IsWellFormed(value);
}
