using CarPulse.Domain.Tesla;
using CarPulse.Web.Simulators.Tesla.Auth;

namespace CarPulse.Web.Simulators.Tesla;

/// <summary>
/// Faults and state changes for one demo account, or for everyone (<see cref="TeslaSimulator.Everyone"/>, which also
/// covers partner calls). Queued faults (<see cref="FailNext"/>, <see cref="RateLimitNext"/>, <see cref="HangNext"/>)
/// are used up in the order they were set, one per call, by the calls their optional endpoint filter matches
/// (a <see cref="SimulatedEndpoints"/> name, or <c>token</c> for every grant). Everyone's knobs act before an account's.
/// </summary>
public sealed class SimulatorKnobs
{
    private readonly Lock _gate = new();
    private readonly List<QueuedFault> _faults = [];
    private readonly HashSet<string> _revokedScopes = new(StringComparer.Ordinal);
    private readonly string? _accountId;
    private readonly IReadOnlySet<string>? _vins;
    private readonly TokenStore _tokens;
    private readonly VehiclePower _power;
    private TimeSpan _latency;
    private FleetRegion? _region;
    private bool _failRefresh;

    internal SimulatorKnobs(string? accountId, IReadOnlySet<string>? vins, TokenStore tokens, VehiclePower power)
    {
        _accountId = accountId;
        _vins = vins;
        _tokens = tokens;
        _power = power;
    }

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

    /// <summary>When true the refresh grant answers 401 <c>login_required</c>, as after a password reset.</summary>
    public bool FailRefresh
    {
        get => Volatile.Read(ref _failRefresh);
        set => Volatile.Write(ref _failRefresh, value);
    }

    /// <summary>Moves the account to another region (codes, tokens, the region endpoint and 421s follow).</summary>
    public FleetRegion? Region
    {
        get { lock (_gate) { return _region; } }
        set { lock (_gate) { _region = value; } }
    }

    /// <summary>The next <paramref name="count"/> matching calls answer <paramref name="status"/> with Tesla's error body.</summary>
    public SimulatorKnobs FailNext(int count, int status, string? endpoint = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        return Queue(count, new Fault(FaultKind.Fail, status, TimeSpan.Zero), endpoint);
    }

    /// <summary>The next matching calls answer 429 with <c>Retry-After</c> and <c>RateLimit-Reset</c> in whole seconds.</summary>
    public SimulatorKnobs RateLimitNext(int count, TimeSpan retryAfter, string? endpoint = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retryAfter, TimeSpan.Zero);
        return Queue(count, new Fault(FaultKind.RateLimit, StatusCodes.Status429TooManyRequests, retryAfter), endpoint);
    }

    /// <summary>The next matching calls wait <paramref name="duration"/> (wall clock) and then answer normally, unless the client gives up first.</summary>
    public SimulatorKnobs HangNext(int count, TimeSpan duration, string? endpoint = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        return Queue(count, new Fault(FaultKind.Hang, StatusCodes.Status200OK, duration), endpoint);
    }

    /// <summary>Puts the car to sleep; a <c>wake_up</c> brings it online <paramref name="wakeAfter"/> later (app clock).</summary>
    public SimulatorKnobs AsleepFor(string vin, TimeSpan wakeAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(wakeAfter, TimeSpan.Zero);
        _power.Sleep(OwnVin(vin), wakeAfter);
        return this;
    }

    /// <summary>Puts the car to sleep for good: <c>wake_up</c> is accepted and nothing happens.</summary>
    public SimulatorKnobs NeverWakes(string vin)
    {
        _power.Sleep(OwnVin(vin), null);
        return this;
    }

    /// <summary>Every access token issued so far (to this account, or to anyone) now answers 401 <c>token expired (401)</c>.</summary>
    public SimulatorKnobs ExpireAccessTokens()
    {
        _tokens.ExpireAccess(_accountId);
        return this;
    }

    /// <summary>Takes a granted scope away from every token, as if the owner unticked it in the Tesla app.</summary>
    public SimulatorKnobs RevokeScope(string scope)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        lock (_gate)
        {
            _revokedScopes.Add(scope);
        }

        return this;
    }

    internal bool Revoked(string scope)
    {
        lock (_gate)
        {
            return _revokedScopes.Contains(scope);
        }
    }

    internal Fault? TakeFault(string endpoint)
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

    private SimulatorKnobs Queue(int count, Fault fault, string? endpoint)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (endpoint is not null && endpoint != SimulatedEndpoints.AnyToken && !SimulatedEndpoints.All.Contains(endpoint))
        {
            throw new ArgumentException($"Unknown endpoint \"{endpoint}\"; use a SimulatedEndpoints name.", nameof(endpoint));
        }

        lock (_gate)
        {
            _faults.Add(new QueuedFault(fault, endpoint) { Remaining = count });
        }

        return this;
    }

    private string OwnVin(string vin) =>
        _vins is null || _vins.Contains(vin) ? vin : throw new ArgumentException($"{vin} is not on account {_accountId}.", nameof(vin));

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
