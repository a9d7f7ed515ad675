namespace CarPulse.Web.Simulators.Tesla;

/// <summary>
/// The latency and queued faults of one knob target (everyone, an account or a car). Queued faults are used up in the
/// order they were set, one per call, by the calls their optional endpoint filter matches.
/// </summary>
internal sealed class FaultQueue
{
    private readonly Lock _gate = new();
    private readonly List<QueuedFault> _faults = [];
    private TimeSpan _latency;

    /// <summary>Wall-clock delay added to every call (a slow network), before anything else happens.</summary>
    public TimeSpan Latency
    {
        get { lock (_gate) { return _latency; } }
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            lock (_gate) { _latency = value; }
        }
    }

    public void Fail(int count, int status, string? endpoint)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        Queue(count, new Fault(FaultKind.Fail, status, TimeSpan.Zero), endpoint);
    }

    public void RateLimit(int count, TimeSpan retryAfter, string? endpoint)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retryAfter, TimeSpan.Zero);
        Queue(count, new Fault(FaultKind.RateLimit, StatusCodes.Status429TooManyRequests, retryAfter), endpoint);
    }

    public void Hang(int count, TimeSpan duration, string? endpoint)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        Queue(count, new Fault(FaultKind.Hang, StatusCodes.Status200OK, duration), endpoint);
    }

    public Fault? Take(string endpoint)
    {
        lock (_gate)
        {
            var queued = _faults.FirstOrDefault(fault => SimulatedEndpoints.Matches(fault.Endpoint, endpoint));
            if (queued is null)
            {
                return null;
            }

            if (--queued.Remaining == 0)
            {
                _faults.Remove(queued);
            }

            return queued.Fault;
        }
    }

    /// <summary>What is still queued, in the order it will be used.</summary>
    public IReadOnlyList<PendingFault> Pending()
    {
        lock (_gate)
        {
            return [.. _faults.Select(queued => new PendingFault(queued.Fault, queued.Endpoint, queued.Remaining))];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _faults.Clear();
            _latency = TimeSpan.Zero;
        }
    }

    private void Queue(int count, Fault fault, string? endpoint)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (endpoint is not null && !SimulatedEndpoints.IsFilter(endpoint))
        {
            throw new ArgumentException($"Unknown endpoint \"{endpoint}\"; use a SimulatedEndpoints name.", nameof(endpoint));
        }

        lock (_gate)
        {
            _faults.Add(new QueuedFault(fault, endpoint) { Remaining = count });
        }
    }

    private sealed class QueuedFault(Fault fault, string? endpoint)
    {
        public Fault Fault => fault;

        public string? Endpoint => endpoint;

        public int Remaining { get; set; }
    }
}

internal enum FaultKind
{
    Fail,
    RateLimit,
    Hang,
}

internal sealed record Fault(FaultKind Kind, int Status, TimeSpan Duration);

/// <summary>A fault still queued: how many more calls (matching <see cref="Endpoint"/>, or any) it will answer.</summary>
internal sealed record PendingFault(Fault Fault, string? Endpoint, int Remaining);
