using System.Collections.Concurrent;

namespace CarPulse.Domain.Reports;

public enum ModuleProgress
{
    Waiting,
    Fetching,
    Done,
    Missing,
}

/// <summary>
/// Live module-by-module progress of the reports being built in this process, for the screens that
/// watch an order. The saved <see cref="VehicleReport"/>s stay the truth; this is only the moment.
/// With several nodes it becomes a backplane keyed the same way.
/// </summary>
public sealed class ReportProgressBoard
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<(long Vehicle, ReportModule Module), ModuleProgress>> _orders = new();

    /// <summary>Raised with the order's session id after any change.</summary>
    public event Action<string>? Changed;

    public IReadOnlyDictionary<(long Vehicle, ReportModule Module), ModuleProgress> For(string sessionId) =>
        _orders.TryGetValue(sessionId, out var modules) ? new Dictionary<(long, ReportModule), ModuleProgress>(modules) : new Dictionary<(long, ReportModule), ModuleProgress>();

    internal void Set(string sessionId, long vehicleId, ReportModule module, ModuleProgress progress)
    {
        _orders.GetOrAdd(sessionId, _ => new())[(vehicleId, module)] = progress;
        Changed?.Invoke(sessionId);
    }

    /// <summary>Once saved, the database tells the story; the moment is forgotten.</summary>
    internal void Forget(string sessionId)
    {
        _orders.TryRemove(sessionId, out _);
        Changed?.Invoke(sessionId);
    }

    internal void Announce(string sessionId) => Changed?.Invoke(sessionId);
}
