namespace CarPulse.Domain;

/// <summary>
/// A broken business rule. Each rule has its own sealed type so the HTTP edge and the UI can map it
/// once, by type, to a problem detail or a message.
/// </summary>
public abstract class DomainException(string message) : Exception(message);
