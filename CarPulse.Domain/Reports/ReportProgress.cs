using System.Collections.Concurrent;
using CarPulse.Domain.LiveUpdates;

namespace CarPulse.Domain.Reports;

public enum ModuleProgress
{
    Waiting,
    Fetching,
    Done,
    Missing,
}

/// <summary>
/// Live module-by-module progress of the reports being built, for the screens that watch an order on any node: the
/// worker's changes travel over the <see cref="IEventBus"/> and every node's board applies them. The saved
/// <see cref="VehicleReport"/>s stay the truth; this is only the moment. Orders are keyed by a hash of the session id
/// (<see cref="KeyOf"/>): the bearer secret itself never travels between nodes.
/// </summary>
public sealed class ReportProgressBoard : IDisposable
{
    internal static readonly EventTopic<ProgressNote> Topic = new("report-progress");

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<(long Vehicle, ReportModule Module), ModuleProgress>> _orders = new(StringComparer.Ordinal);
    private readonly IEventBus _bus;
    private readonly IDisposable _subscription;

    public ReportProgressBoard(IEventBus bus)
    {
        _bus = bus;
        _subscription = bus.Subscribe(Topic, Apply);
    }

    /// <summary>Raised with the order's key (<see cref="KeyOf"/>) after any change.</summary>
    public event Action<string>? Changed;

    public static string KeyOf(string sessionId) => BearerSecret.Hash(sessionId);

    public IReadOnlyDictionary<(long Vehicle, ReportModule Module), ModuleProgress> For(string sessionId) =>
        _orders.TryGetValue(KeyOf(sessionId), out var modules) ? new Dictionary<(long, ReportModule), ModuleProgress>(modules) : new Dictionary<(long, ReportModule), ModuleProgress>();

    internal void Set(string sessionId, long vehicleId, ReportModule module, ModuleProgress progress) =>
        _bus.Publish(Topic, new ProgressNote(KeyOf(sessionId), new ModuleStep(vehicleId, module, progress), Forget: false));

    /// <summary>Once saved, the database tells the story; the moment is forgotten.</summary>
    internal void Forget(string sessionId) => _bus.Publish(Topic, new ProgressNote(KeyOf(sessionId), Step: null, Forget: true));

    internal void Announce(string sessionId) => _bus.Publish(Topic, new ProgressNote(KeyOf(sessionId), Step: null, Forget: false));

    public void Dispose() => _subscription.Dispose();

    private void Apply(ProgressNote note)
    {
        if (note.Forget)
        {
            _orders.TryRemove(note.OrderKey, out _);
        }
        else if (note.Step is { } step)
        {
            _orders.GetOrAdd(note.OrderKey, _ => new())[(step.VehicleId, step.Module)] = step.Progress;
        }

        Changed?.Invoke(note.OrderKey);
    }

    /// <summary>What the worker tells every node: one module's step, the order's moment forgotten, or only "look again".</summary>
    internal sealed record ProgressNote(string OrderKey, ModuleStep? Step, bool Forget);

    internal sealed record ModuleStep(long VehicleId, ReportModule Module, ModuleProgress Progress);
}
