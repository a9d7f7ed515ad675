namespace CarPulse.Web.Simulators.Tesla;

internal enum RateCategory
{
    None,
    Data,
    Wake,
}

/// <summary>Tesla's per-vehicle, per-account limits: 60 data calls and 3 wakes a minute by default (a sliding minute, app clock).</summary>
internal sealed class VehicleRateLimits(TeslaSimulatorOptions options, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Account, string Vin, RateCategory Category), Queue<DateTimeOffset>> _windows = [];

    /// <summary>Null when the call may go ahead, otherwise how long until it may.</summary>
    public TimeSpan? TryAcquire(string accountId, string vin, RateCategory category)
    {
        var limit = category switch
        {
            RateCategory.Data => options.DataRequestsPerMinute,
            RateCategory.Wake => options.WakeRequestsPerMinute,
            _ => 0,
        };
        if (limit <= 0)
        {
            return null;
        }

        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (!_windows.TryGetValue((accountId, vin, category), out var calls))
            {
                calls = new Queue<DateTimeOffset>();
                _windows[(accountId, vin, category)] = calls;
            }

            while (calls.Count > 0 && now - calls.Peek() >= Window)
            {
                calls.Dequeue();
            }

            if (calls.Count >= limit)
            {
                return calls.Peek() + Window - now;
            }

            calls.Enqueue(now);
            return null;
        }
    }
}
