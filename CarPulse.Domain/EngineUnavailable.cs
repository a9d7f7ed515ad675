namespace CarPulse.Domain;

/// <summary>
/// An engine that the nodes share (Redis, blob storage) did not answer. Nothing was decided: the customer is told the
/// shop is briefly unavailable (HTTP 503), and the next attempt tries the engine again, so the app recovers by itself.
/// </summary>
public sealed class EngineUnavailable(string engine, Exception inner) : DomainException($"{engine} is not available right now.", inner)
{
    /// <summary>The engine's name as <c>/health</c> reports it: <c>redis</c>, <c>archive</c>.</summary>
    public string Engine { get; } = engine;
}
