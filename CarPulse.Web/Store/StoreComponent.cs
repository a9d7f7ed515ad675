using Microsoft.AspNetCore.Components;

namespace CarPulse.Web.Store;

/// <summary>A component that re-renders when its store's state changes and rethrows effect failures into the renderer.</summary>
public abstract class StoreComponent<TState> : ComponentBase, IDisposable
    where TState : class
{
    [Inject]
    private Store<TState>? InjectedStore { get; set; }

    protected Store<TState> Store => InjectedStore ?? throw new InvalidOperationException($"No Store<{typeof(TState).Name}> is registered.");

    protected TState State => Store.State;

    protected void Dispatch(object action) => Store.Dispatch(action);

    protected override void OnInitialized()
    {
        Store.StateChanged += OnStateChanged;
        Store.EffectFailed += OnEffectFailed;
    }

    public void Dispose()
    {
        Store.StateChanged -= OnStateChanged;
        Store.EffectFailed -= OnEffectFailed;
        Disposing();
        GC.SuppressFinalize(this);
    }

    /// <summary>Release what the component holds besides its store subscription.</summary>
    protected virtual void Disposing()
    {
    }

    private void OnStateChanged() => _ = InvokeAsync(StateHasChanged);

    private void OnEffectFailed(Exception exception) => _ = DispatchExceptionAsync(exception);
}
