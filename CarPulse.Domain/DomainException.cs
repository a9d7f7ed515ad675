namespace CarPulse.Domain;

/// <summary>
/// A broken business rule. Each rule has its own sealed type so the HTTP edge and the UI can map it
/// once, by type, to a problem detail or a message.
/// </summary>
public abstract class DomainException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Input that breaks a rule, naming the field at fault (HTTP 400).</summary>
public sealed class InputInvalid(string field, string message) : DomainException(message)
{
    public string Field { get; } = field;
}
