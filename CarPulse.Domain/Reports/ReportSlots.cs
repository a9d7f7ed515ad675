namespace CarPulse.Domain.Reports;

/// <summary>
/// How much report work one instance takes on. At most <see cref="ReportOptions.ConcurrentJobs"/> orders work at a time
/// (Tesla calls, saving, PDFs). An order whose work in flight only waits for cars to wake gives its slot back meanwhile,
/// and up to <see cref="ReportOptions.WaitingJobs"/> more orders are held on top, so a small order is not queued behind
/// fleets waking up.
/// </summary>
public sealed class ReportSlots
{
    private readonly SemaphoreSlim _working;
    private readonly SemaphoreSlim _held;

    public ReportSlots(int concurrentJobs, int waitingJobs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrentJobs, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(waitingJobs);
        _working = new SemaphoreSlim(concurrentJobs, concurrentJobs);
        _held = new SemaphoreSlim(concurrentJobs + waitingJobs, concurrentJobs + waitingJobs);
    }

    /// <summary>Waits until the instance may take one more order and a slot is free; the order starts holding it.</summary>
    public async Task<JobSlot> ReserveAsync(CancellationToken cancellationToken)
    {
        await _held.WaitAsync(cancellationToken);
        try
        {
            await _working.WaitAsync(cancellationToken);
        }
        catch
        {
            _held.Release();
            throw;
        }

        return new JobSlot(_working, _held);
    }
}

/// <summary>
/// One order's slot, shared by all of its parts running at once. The order keeps it while anything but waiting goes on;
/// when every part in flight waits for a car (<see cref="Waiting"/>), the slot goes back to the instance, and the first
/// part to carry on (<see cref="WorkAsync"/>) waits for a slot again. Disposing it ends the order's hold on the instance.
/// </summary>
public sealed class JobSlot : IDisposable
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _retake = new(1, 1);
    private readonly SemaphoreSlim _working;
    private readonly SemaphoreSlim _held;
    private int _workers;
    private int _waiters;
    private bool _holding = true;
    private bool _disposed;

    internal JobSlot(SemaphoreSlim working, SemaphoreSlim held)
    {
        _working = working;
        _held = held;
    }

    /// <summary>A part of the order that needs the slot (a Tesla call, saving, the PDFs); it waits for one if the order gave it back.</summary>
    public async Task<IDisposable> WorkAsync(CancellationToken cancellationToken)
    {
        // One part at a time takes a slot back, so an order never holds two.
        await _retake.WaitAsync(cancellationToken);
        try
        {
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_holding)
                {
                    _workers++;
                    return new Part(Finish);
                }
            }

            await _working.WaitAsync(cancellationToken);
            lock (_gate)
            {
                if (_disposed)
                {
                    _working.Release();
                    throw new ObjectDisposedException(nameof(JobSlot));
                }

                _holding = true;
                _workers++;
            }

            return new Part(Finish);
        }
        finally
        {
            _retake.Release();
        }
    }

    /// <summary>A part of the order that only waits (a car waking): while nothing else of the order works, the slot is free for other orders.</summary>
    public IDisposable Waiting()
    {
        lock (_gate)
        {
            _waiters++;
            GiveBackIfOnlyWaiting();
        }

        return new Part(() =>
        {
            lock (_gate)
            {
                _waiters--;
            }
        });
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (_holding)
            {
                _holding = false;
                _working.Release();
            }
        }

        _held.Release();
    }

    private void Finish()
    {
        lock (_gate)
        {
            _workers--;
            GiveBackIfOnlyWaiting();
        }
    }

    /// <summary>Between two parts that work the order keeps its slot; only waiting lets it go.</summary>
    private void GiveBackIfOnlyWaiting()
    {
        if (_holding && !_disposed && _workers == 0 && _waiters > 0)
        {
            _holding = false;
            _working.Release();
        }
    }

    private sealed class Part(Action end) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                end();
            }
        }
    }
}
