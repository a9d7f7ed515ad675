using CarPulse.Web.Store;

namespace CarPulse.Tests.Store;

public sealed class StoreTests
{
    private sealed record Counter(int Value, IReadOnlyList<string> Log)
    {
        public static Counter Initial { get; } = new(0, []);
    }

    private sealed record Add(int Amount);

    private sealed record Note(string Text);

    private static Counter Reduce(Counter state, object action) => action switch
    {
        Add add => state with { Value = state.Value + add.Amount, Log = [.. state.Log, $"add {add.Amount}"] },
        Note note => state with { Log = [.. state.Log, note.Text] },
        _ => state,
    };

    private sealed class Effect(Func<object, Counter, IDispatcher, Task> handle) : IEffect<Counter>
    {
        public Task HandleAsync(object action, Counter state, IDispatcher dispatcher, CancellationToken cancellationToken) => handle(action, state, dispatcher);
    }

    [Fact]
    public async Task A_dispatched_action_goes_through_the_reducer_and_notifies_once()
    {
        using var store = new Store<Counter>(Counter.Initial, Reduce, []);
        var notified = 0;
        store.StateChanged += () => notified++;

        await store.DispatchAsync(new Add(2));

        Assert.Equal(2, store.State.Value);
        Assert.Equal(1, notified);
    }

    [Fact]
    public async Task An_action_no_reducer_knows_leaves_the_state_and_notifies_nobody()
    {
        using var store = new Store<Counter>(Counter.Initial, Reduce, []);
        var notified = 0;
        store.StateChanged += () => notified++;

        await store.DispatchAsync("unknown");

        Assert.Same(Counter.Initial, store.State);
        Assert.Equal(0, notified);
    }

    [Fact]
    public async Task Effects_see_the_state_after_the_reducer()
    {
        int? seen = null;
        using var store = new Store<Counter>(Counter.Initial, Reduce, [new Effect((action, state, _) =>
        {
            seen = state.Value;
            return Task.CompletedTask;
        })]);

        await store.DispatchAsync(new Add(5));

        Assert.Equal(5, seen);
    }

    [Fact]
    public async Task A_dispatch_from_an_effect_is_queued_behind_the_current_action_not_reentered()
    {
        using var store = new Store<Counter>(Counter.Initial, Reduce, [new Effect((action, state, dispatcher) =>
        {
            if (action is Add { Amount: 1 })
            {
                dispatcher.Dispatch(new Note("from effect"));
                dispatcher.Dispatch(new Add(10));
            }

            return Task.CompletedTask;
        })]);

        await store.DispatchAsync(new Add(1));

        Assert.Equal(["add 1", "from effect", "add 10"], store.State.Log);
        Assert.Equal(11, store.State.Value);
    }

    [Fact]
    public async Task A_failing_effect_is_surfaced_and_the_other_effects_still_run()
    {
        var ranSecond = false;
        Exception? surfaced = null;
        using var store = new Store<Counter>(Counter.Initial, Reduce,
        [
            new Effect((_, _, _) => throw new InvalidOperationException("boom")),
            new Effect((_, _, _) =>
            {
                ranSecond = true;
                return Task.CompletedTask;
            }),
        ]);
        store.EffectFailed += exception => surfaced = exception;

        await store.DispatchAsync(new Add(1));

        Assert.Equal("boom", surfaced?.Message);
        Assert.True(ranSecond);
        Assert.Equal(1, store.State.Value);
    }

    [Fact]
    public async Task Dispatch_async_completes_only_when_the_actions_effects_are_done()
    {
        var release = new TaskCompletionSource();
        using var store = new Store<Counter>(Counter.Initial, Reduce, [new Effect(async (action, _, dispatcher) =>
        {
            if (action is Add)
            {
                await release.Task;
                dispatcher.Dispatch(new Note("loaded"));
            }
        })]);

        var pending = store.DispatchAsync(new Add(1));
        Assert.False(pending.IsCompleted);
        release.SetResult();
        await pending;

        Assert.Equal(["add 1", "loaded"], store.State.Log);
    }
}
