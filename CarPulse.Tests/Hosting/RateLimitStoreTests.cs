using CarPulse.Web.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CarPulse.Tests.Hosting;

public sealed class InMemoryRateLimitStoreTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryRateLimitStore _store;

    public InMemoryRateLimitStoreTests() => _store = new InMemoryRateLimitStore(_clock);

    [Fact]
    public async Task A_spent_key_refuses_the_attempt_and_takes_nothing_from_the_other_keys()
    {
        await _store.TryTakeAsync(["address"], limit: 1, Minute, CancellationToken.None);

        var refused = await _store.TryTakeAsync(["address", "order"], limit: 1, Minute, CancellationToken.None);
        var orderAlone = await _store.TryTakeAsync(["order"], limit: 1, Minute, CancellationToken.None);

        Assert.False(refused.Allowed);
        Assert.True(orderAlone.Allowed);
    }

    [Fact]
    public async Task A_refusal_says_when_the_window_ends_and_then_the_budget_is_back()
    {
        await _store.TryTakeAsync(["address"], limit: 1, Minute, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(45));

        var refused = await _store.TryTakeAsync(["address"], limit: 1, Minute, CancellationToken.None);
        _clock.Advance(refused.RetryAfter);
        var again = await _store.TryTakeAsync(["address"], limit: 1, Minute, CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(15), refused.RetryAfter);
        Assert.True(again.Allowed);
    }

    [Fact]
    public async Task Attempts_taken_at_once_from_many_threads_get_exactly_the_limit_through()
    {
        for (var round = 0; round < 20; round++)
        {
            var decisions = await Task.WhenAll(Enumerable.Range(0, 500).Select(_ =>
                Task.Run(async () => await _store.TryTakeAsync([$"address-{round}", "order"], limit: 100, Minute, CancellationToken.None))));

            Assert.Equal(100, decisions.Count(decision => decision.Allowed));
            _clock.Advance(Minute);
        }
    }
}
