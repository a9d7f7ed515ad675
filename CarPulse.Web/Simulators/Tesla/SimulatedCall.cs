namespace CarPulse.Web.Simulators.Tesla;

/// <summary>
/// One token or Fleet API request the simulator answered. <see cref="Endpoint"/> is a stable name such as
/// <c>token:refresh_token</c>, <c>vehicle_data</c> or <c>charging_history</c>; <see cref="Status"/> is 499 when the
/// client gave up before an answer.
/// </summary>
public sealed record SimulatedCall(string? AccountId, string Method, string Endpoint, string? VehicleTag, int Status, DateTimeOffset At)
{
    /// <summary>Tesla bills every answer below 500, errors included (reference §5).</summary>
    public bool Billable => Status < 500;
}
