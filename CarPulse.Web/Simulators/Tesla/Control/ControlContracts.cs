using CarPulse.Domain.Vehicles;

namespace CarPulse.Web.Simulators.Tesla.Control;

public sealed record LatencyRequest(int? LatencyMs);

/// <summary>The next <c>count</c> calls (matching <c>endpoint</c>, or any) answer <c>status</c> with Tesla's error body.</summary>
public sealed record FailuresRequest(int? Status, int? Count, string? Endpoint);

/// <summary>The next calls answer 429 with <c>Retry-After: retry_after_seconds</c>.</summary>
public sealed record RateLimitsRequest(int? RetryAfterSeconds, int? Count, string? Endpoint);

/// <summary>The next calls wait <c>duration_ms</c> before they answer (unless the client gives up first).</summary>
public sealed record HangsRequest(int? DurationMs, int? Count, string? Endpoint);

public sealed record RefreshFailureRequest(bool? Fail);

/// <summary>Puts cars to sleep: a <c>wake_up</c> brings them online <c>wake_delay_ms</c> later, or never with <c>never_wakes</c>.</summary>
public sealed record AsleepRequest(int? WakeDelayMs, bool? NeverWakes);

public sealed record FaultResponse(string Kind, int Status, int? RetryAfterSeconds, long? DurationMs, string? Endpoint, int Remaining)
{
    internal static FaultResponse From(PendingFault pending) => pending.Fault.Kind switch
    {
        FaultKind.RateLimit => new("rate_limit", pending.Fault.Status, (int)Math.Ceiling(pending.Fault.Duration.TotalSeconds), null, pending.Endpoint, pending.Remaining),
        FaultKind.Hang => new("hang", pending.Fault.Status, null, (long)pending.Fault.Duration.TotalMilliseconds, pending.Endpoint, pending.Remaining),
        _ => new("fail", pending.Fault.Status, null, null, pending.Endpoint, pending.Remaining),
    };
}

public sealed record CarResponse(long Id, string Vin, string DisplayName, string State, bool WakesUp)
{
    internal static CarResponse From(SimulatedVehicle vehicle) => new(vehicle.Id, vehicle.Vin, vehicle.DisplayName, vehicle.State.ToWireName(), vehicle.WakesUp);
}

/// <summary>Everyone's knobs (<c>account_id</c> null) or an account's, with the cars they cover as they are now.</summary>
public sealed record KnobsResponse(
    string? AccountId,
    long LatencyMs,
    IReadOnlyList<FaultResponse> Faults,
    bool FailRefresh,
    IReadOnlyList<string> RevokedScopes,
    string? Region,
    IReadOnlyList<CarResponse> Vehicles);

public sealed record VehicleKnobsResponse(string Vin, string AccountId, CarResponse Vehicle, long LatencyMs, IReadOnlyList<FaultResponse> Faults);

public sealed record AccountResponse(string Id, string Description, string Region, IReadOnlyList<CarResponse> Vehicles);

public sealed record AccountsResponse(IReadOnlyList<AccountResponse> Accounts);

/// <summary>One call the simulator answered; tokens are never part of it.</summary>
public sealed record CallResponse(string? AccountId, string Method, string Endpoint, string? VehicleTag, int Status, bool Billable, DateTimeOffset At);

public sealed record CallsResponse(int Count, IReadOnlyList<CallResponse> Calls);
