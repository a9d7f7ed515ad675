using CarPulse.Domain.Tesla;
using CarPulse.Web.Simulators.Tesla.Auth;

namespace CarPulse.Web.Simulators.Tesla;

/// <summary>
/// Faults and state changes for one demo account, or for everyone (<see cref="TeslaSimulator.Everyone"/>, which also
/// covers partner calls). Queued faults (<see cref="FailNext"/>, <see cref="RateLimitNext"/>, <see cref="HangNext"/>)
/// are used up in the order they were set, one per call, by the calls their optional endpoint filter matches
/// (a <see cref="SimulatedEndpoints"/> name, or <c>token</c> for every grant). Everyone's knobs act before an account's,
/// an account's before a car's (<see cref="VehicleKnobs"/>).
/// </summary>
public sealed class SimulatorKnobs
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _revokedScopes = new(StringComparer.Ordinal);
    private readonly string? _accountId;
    private readonly IReadOnlySet<string>? _vins;
    private readonly TokenStore _tokens;
    private readonly VehiclePower _power;
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
        get => Faults.Latency;
        set => Faults.Latency = value;
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

    internal FaultQueue Faults { get; } = new();

    /// <summary>The next <paramref name="count"/> matching calls answer <paramref name="status"/> with Tesla's error body.</summary>
    public SimulatorKnobs FailNext(int count, int status, string? endpoint = null)
    {
        Faults.Fail(count, status, endpoint);
        return this;
    }

    /// <summary>The next matching calls answer 429 with <c>Retry-After</c> and <c>RateLimit-Reset</c> in whole seconds.</summary>
    public SimulatorKnobs RateLimitNext(int count, TimeSpan retryAfter, string? endpoint = null)
    {
        Faults.RateLimit(count, retryAfter, endpoint);
        return this;
    }

    /// <summary>The next matching calls wait <paramref name="duration"/> (wall clock) and then answer normally, unless the client gives up first.</summary>
    public SimulatorKnobs HangNext(int count, TimeSpan duration, string? endpoint = null)
    {
        Faults.Hang(count, duration, endpoint);
        return this;
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

    /// <summary>
    /// Back to how the fixtures start: no latency, faults, refresh failure, revoked scope or region move. Cars and issued
    /// tokens are not knobs of this target (<see cref="TeslaSimulator.Reset"/> puts the cars back too).
    /// </summary>
    public void Reset()
    {
        Faults.Clear();
        FailRefresh = false;
        lock (_gate)
        {
            _revokedScopes.Clear();
            _region = null;
        }
    }

    internal bool Revoked(string scope)
    {
        lock (_gate)
        {
            return _revokedScopes.Contains(scope);
        }
    }

    internal IReadOnlyList<string> RevokedScopes()
    {
        lock (_gate)
        {
            return [.. _revokedScopes.Order(StringComparer.Ordinal)];
        }
    }

    private string OwnVin(string vin) =>
        _vins is null || _vins.Contains(vin) ? vin : throw new ArgumentException($"{vin} is not on account {_accountId}.", nameof(vin));
}

/// <summary>
/// Faults for the calls about one car (its VIN or id in the path, or <c>vin=</c> in the query), after everyone's and its
/// account's; and whether it sleeps.
/// </summary>
public sealed class VehicleKnobs
{
    private readonly VehiclePower _power;

    internal VehicleKnobs(string vin, VehiclePower power)
    {
        Vin = vin;
        _power = power;
    }

    public string Vin { get; }

    /// <summary>Wall-clock delay added to every call about this car.</summary>
    public TimeSpan Latency
    {
        get => Faults.Latency;
        set => Faults.Latency = value;
    }

    internal FaultQueue Faults { get; } = new();

    public VehicleKnobs FailNext(int count, int status, string? endpoint = null)
    {
        Faults.Fail(count, status, endpoint);
        return this;
    }

    public VehicleKnobs RateLimitNext(int count, TimeSpan retryAfter, string? endpoint = null)
    {
        Faults.RateLimit(count, retryAfter, endpoint);
        return this;
    }

    public VehicleKnobs HangNext(int count, TimeSpan duration, string? endpoint = null)
    {
        Faults.Hang(count, duration, endpoint);
        return this;
    }

    /// <summary>Puts the car to sleep; a <c>wake_up</c> brings it online <paramref name="wakeAfter"/> later, or never when null.</summary>
    public VehicleKnobs Asleep(TimeSpan? wakeAfter)
    {
        if (wakeAfter is { } delay)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        }

        _power.Sleep(Vin, wakeAfter);
        return this;
    }

    /// <summary>No latency or faults, and the car as the fixtures have it (online, asleep or offline).</summary>
    public void Reset()
    {
        Faults.Clear();
        _power.Restore(Vin);
    }
}
