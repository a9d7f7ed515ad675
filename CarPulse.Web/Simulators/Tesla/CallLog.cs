namespace CarPulse.Web.Simulators.Tesla;

/// <summary>Every token and Fleet request, in the order received; each is written when its answer starts.</summary>
internal sealed class CallLog(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly List<(long Sequence, SimulatedCall Call)> _calls = [];
    private long _sequence;

    public IReadOnlyList<SimulatedCall> Snapshot()
    {
        lock (_gate)
        {
            return [.. _calls.OrderBy(entry => entry.Sequence).Select(entry => entry.Call)];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _calls.Clear();
        }
    }

    /// <summary>Answers the request with what <paramref name="answer"/> decides and logs it; a client that gives up is logged as 499.</summary>
    public async Task RecordAsync(HttpContext http, string endpoint, string? vehicleTag, Func<CallRecord, Task<IResult>> answer)
    {
        var call = new CallRecord(this, Interlocked.Increment(ref _sequence), http.Request.Method, endpoint, vehicleTag, clock.GetUtcNow());
        http.Response.OnStarting(() =>
        {
            call.Complete(http.Response.StatusCode);
            return Task.CompletedTask;
        });
        try
        {
            var result = await answer(call);
            await result.ExecuteAsync(http);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            call.Complete(StatusCodes.Status499ClientClosedRequest);
        }
    }

    private void Add(long sequence, SimulatedCall call)
    {
        lock (_gate)
        {
            _calls.Add((sequence, call));
        }
    }

    internal sealed class CallRecord(CallLog log, long sequence, string method, string endpoint, string? vehicleTag, DateTimeOffset at)
    {
        private int _completed;

        public string Endpoint => endpoint;

        public string? AccountId { get; set; }

        public void Complete(int status)
        {
            if (Interlocked.Exchange(ref _completed, 1) == 0)
            {
                log.Add(sequence, new SimulatedCall(AccountId, method, endpoint, vehicleTag, status, at));
            }
        }
    }
}
