namespace CarPulse.Web.Store;

public interface IDispatcher
{
    /// <summary>Queues an action: its reducer runs after those already queued, then its effects start.</summary>
    void Dispatch(object action);
}

/// <summary>Turns an action into work (domain calls) and result actions. Ignores actions it does not know.</summary>
public interface IEffect<in TState>
{
    Task HandleAsync(object action, TState state, IDispatcher dispatcher, CancellationToken cancellationToken);
}

/// <summary>
/// A small flux store in Fluxor's shape, one per circuit: state changes only through a pure reducer,
/// dispatches are queued (never re-entered from a reducer or an effect), reducers run before effects,
/// and an effect's exception is raised through <see cref="EffectFailed"/> instead of being lost.
/// </summary>
public sealed class Store<TState>(TState initial, Func<TState, object, TState> reduce, IEnumerable<IEffect<TState>> effects) : IDispatcher, IDisposable
    where TState : class
{
    private readonly IEffect<TState>[] _effects = effects.ToArray();
    private readonly Queue<(object Action, TaskCompletionSource Done)> _queue = new();
    private readonly CancellationTokenSource _disposed = new();
    private readonly Lock _gate = new();
    private bool _draining;

    public TState State { get; private set; } = initial;

    public event Action? StateChanged;

    public event Action<Exception>? EffectFailed;

    public void Dispatch(object action) => _ = DispatchAsync(action);

    /// <summary>Like <see cref="Dispatch"/>, and completes when the effects started by this action have finished.</summary>
    public Task DispatchAsync(object action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _queue.Enqueue((action, done));
            if (_draining)
            {
                return done.Task;
            }

            _draining = true;
        }

        Drain();
        return done.Task;
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
        StateChanged = null;
        EffectFailed = null;
    }

    private void Drain()
    {
        while (true)
        {
            (object Action, TaskCompletionSource Done) next;
            lock (_gate)
            {
                if (!_queue.TryDequeue(out next))
                {
                    _draining = false;
                    return;
                }
            }

            var before = State;
            State = reduce(State, next.Action);
            if (!ReferenceEquals(before, State))
            {
                StateChanged?.Invoke();
            }

            _ = RunEffectsAsync(next.Action, State, next.Done);
        }
    }

    private async Task RunEffectsAsync(object action, TState state, TaskCompletionSource done)
    {
        if (_disposed.IsCancellationRequested)
        {
            done.TrySetResult();
            return;
        }

        var token = _disposed.Token;
        foreach (var effect in _effects)
        {
            try
            {
                await effect.HandleAsync(action, state, this, token);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                EffectFailed?.Invoke(exception);
            }
        }

        done.TrySetResult();
    }
}
