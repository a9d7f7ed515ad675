using System.Text.Json;

namespace CarPulse.Domain.Admin;

/// <summary>One back-office change: who made it, when (UTC), to which entity and key, and the values before and after as JSON.</summary>
public sealed class AuditEntry
{
    public const string VoucherEntity = "voucher";
    public const string TierPricesEntity = "tier_prices";

    /// <summary>Support actions on a customer's order: a rebuild queued, the customer's report link (their key) copied.</summary>
    public const string OrderEntity = "order";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    private AuditEntry()
    {
    }

    public long Id { get; private set; }
    public string AdminUsername { get; private set; } = string.Empty;
    public DateTimeOffset ChangedAt { get; private set; }
    public string Entity { get; private set; } = string.Empty;
    public string Key { get; private set; } = string.Empty;

    /// <summary>Null when the change created the entity.</summary>
    public string? OldValue { get; private set; }

    public string NewValue { get; private set; } = string.Empty;

    public static AuditEntry Record<T>(AdminActor actor, string entity, string key, T? oldValue, T newValue, DateTimeOffset now)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new AuditEntry
        {
            AdminUsername = actor.Username,
            ChangedAt = now.ToUniversalTime(),
            Entity = entity,
            Key = key,
            OldValue = oldValue is null ? null : JsonSerializer.Serialize(oldValue, Json),
            NewValue = JsonSerializer.Serialize(newValue, Json),
        };
    }
}
