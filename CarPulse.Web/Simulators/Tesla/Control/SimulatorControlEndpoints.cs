using System.Globalization;
using CarPulse.Domain;
using Microsoft.AspNetCore.Mvc;

namespace CarPulse.Web.Simulators.Tesla.Control;

/// <summary>
/// The simulator's fault knobs and call log over HTTP, for browser and load tests and for people (README, "Simulator
/// control"). Mapped in Development only: a public demo in Production must not let its visitors break it.
/// </summary>
internal static class SimulatorControlEndpoints
{
    public const string Knobs = SimulatorPaths.Root + "/knobs";

    public static IEndpointRouteBuilder MapTeslaSimulatorControl(this IEndpointRouteBuilder app)
    {
        app.MapGet(SimulatorPaths.Root + "/accounts", Accounts);
        app.MapGet(SimulatorPaths.Root + "/calls", Calls);
        app.MapDelete(SimulatorPaths.Root + "/calls", (TeslaSimulator simulator) =>
        {
            simulator.ClearCalls();
            return TypedResults.NoContent();
        });

        MapTarget(app.MapGroup(Knobs), (simulator, _) => KnobTargets.Everyone(simulator));
        MapTarget(app.MapGroup(Knobs + "/accounts/{account_id}"), (simulator, http) => KnobTargets.Account(simulator, Route(http, "account_id")));
        MapTarget(app.MapGroup(Knobs + "/vehicles/{vin}"), (simulator, http) => KnobTargets.Vehicle(simulator, Route(http, "vin")));
        return app;
    }

    /// <summary>Outside Development every control address is a plain 404, whatever the method: there is nothing to turn.</summary>
    public static IEndpointRouteBuilder MapTeslaSimulatorControlRefusal(this IEndpointRouteBuilder app)
    {
        foreach (var path in new[] { Knobs, Knobs + "/{**rest}", SimulatorPaths.Root + "/calls", SimulatorPaths.Root + "/accounts" })
        {
            app.Map(path, () => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found"));
        }

        return app;
    }

    private static void MapTarget(RouteGroupBuilder target, Func<TeslaSimulator, HttpContext, KnobTarget?> find)
    {
        target.MapGet(string.Empty, (HttpContext http, TeslaSimulator simulator) =>
            find(simulator, http) is { } knobs ? Results.Ok(knobs.State()) : Unknown());
        target.MapDelete(string.Empty, (HttpContext http, TeslaSimulator simulator) => Change(find(simulator, http), knobs => knobs.Reset()));
        target.MapPut("/latency", (HttpContext http, TeslaSimulator simulator) => ChangeAsync<LatencyRequest>(http, find(simulator, http), (knobs, request) =>
            knobs.Faults.Latency = TimeSpan.FromMilliseconds(ControlInput.Number(request.LatencyMs, "latency_ms"))));
        target.MapPost("/failures", (HttpContext http, TeslaSimulator simulator) => ChangeAsync<FailuresRequest>(http, find(simulator, http), (knobs, request) =>
            knobs.Faults.Fail(Count(request.Count), ControlInput.Number(request.Status, "status"), ControlInput.Endpoint(request.Endpoint))));
        target.MapPost("/rate-limits", (HttpContext http, TeslaSimulator simulator) => ChangeAsync<RateLimitsRequest>(http, find(simulator, http), (knobs, request) =>
            knobs.Faults.RateLimit(Count(request.Count), TimeSpan.FromSeconds(ControlInput.Number(request.RetryAfterSeconds, "retry_after_seconds")), ControlInput.Endpoint(request.Endpoint))));
        target.MapPost("/hangs", (HttpContext http, TeslaSimulator simulator) => ChangeAsync<HangsRequest>(http, find(simulator, http), (knobs, request) =>
            knobs.Faults.Hang(Count(request.Count), TimeSpan.FromMilliseconds(ControlInput.Number(request.DurationMs, "duration_ms")), ControlInput.Endpoint(request.Endpoint))));
        target.MapPut("/asleep", (HttpContext http, TeslaSimulator simulator) => ChangeAsync<AsleepRequest>(http, find(simulator, http), (knobs, request) =>
        {
            var wakeAfter = WakeAfter(request);
            foreach (var vin in knobs.Vins)
            {
                simulator.ForVehicle(vin).Asleep(wakeAfter);
            }
        }));
        // Refresh failure and token expiry are an account's (or everyone's): a car has no tokens.
        target.MapPut("/refresh-failure", (HttpContext http, TeslaSimulator simulator) => find(simulator, http) is { Account: { } account } knobs
            ? ChangeAsync<RefreshFailureRequest>(http, knobs, (_, request) => account.FailRefresh = ControlInput.Flag(request.Fail, "fail"))
            : Task.FromResult(Unknown()));
        target.MapPost("/expire-tokens", (HttpContext http, TeslaSimulator simulator) => find(simulator, http) is { Account: { } account } knobs
            ? Change(knobs, _ => account.ExpireAccessTokens())
            : Unknown());
    }

    private static IResult Accounts(TeslaSimulator simulator) =>
        TypedResults.Ok(new AccountsResponse([.. simulator.AccountIds.Select(simulator.Account).Select(account =>
            new AccountResponse(account.Id, account.Description, account.Region.Slug(), [.. account.Vehicles.Select(CarResponse.From)]))]));

    /// <summary>The call log, oldest first, optionally for one account, one car or one endpoint.</summary>
    private static IResult Calls(TeslaSimulator simulator, [FromQuery(Name = "account_id")] string? accountId, string? vin, string? endpoint)
    {
        if (accountId is not null && !simulator.AccountIds.Contains(accountId))
        {
            throw new InputInvalid("account_id", $"account_id must be one of {string.Join(", ", simulator.AccountIds)}.");
        }

        var car = vin is null ? null : KnobTargets.FindCar(vin) ?? throw new InputInvalid("vin", "vin must be the VIN of a demo car (GET /simulator/tesla/accounts lists them).");
        var name = endpoint is null || SimulatedEndpoints.All.Contains(endpoint)
            ? endpoint
            : throw new InputInvalid("endpoint", $"endpoint must be one of {string.Join(", ", SimulatedEndpoints.All.Order(StringComparer.Ordinal))}.");
        var calls = simulator.Calls
            .Where(call => accountId is null || call.AccountId == accountId)
            .Where(call => car is null || car.Vin.Equals(call.VehicleTag, StringComparison.OrdinalIgnoreCase) || car.Id.ToString(CultureInfo.InvariantCulture) == call.VehicleTag)
            .Where(call => name is null || call.Endpoint == name)
            .Select(call => new CallResponse(call.AccountId, call.Method, call.Endpoint, call.VehicleTag, call.Status, call.Billable, call.At))
            .ToList();
        return TypedResults.Ok(new CallsResponse(calls.Count, calls));
    }

    private static async Task<IResult> ChangeAsync<TRequest>(HttpContext http, KnobTarget? knobs, Action<KnobTarget, TRequest> change)
    {
        if (knobs is null)
        {
            return Unknown();
        }

        change(knobs, await ControlInput.ReadAsync<TRequest>(http.Request, http.RequestAborted));
        return TypedResults.Ok(knobs.State());
    }

    private static IResult Change(KnobTarget? knobs, Action<KnobTarget> change)
    {
        if (knobs is null)
        {
            return Unknown();
        }

        change(knobs);
        return TypedResults.Ok(knobs.State());
    }

    private static int Count(int? count) => ControlInput.Number(count, "count", fallback: 1);

    private static TimeSpan? WakeAfter(AsleepRequest request) => request switch
    {
        { NeverWakes: true, WakeDelayMs: null } => null,
        { NeverWakes: not true, WakeDelayMs: { } delay } => TimeSpan.FromMilliseconds(ControlInput.Number(delay, "wake_delay_ms")),
        { NeverWakes: true } => throw new InputInvalid("never_wakes", "Give wake_delay_ms or never_wakes: true, not both."),
        _ => throw new InputInvalid("wake_delay_ms", "wake_delay_ms is required (or never_wakes: true): a whole number of milliseconds from 0 to 86400000."),
    };

    private static string Route(HttpContext http, string name) => http.GetRouteValue(name) as string ?? string.Empty;

    private static IResult Unknown() => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Not found",
        detail: "No such demo account or car (GET /simulator/tesla/accounts lists them), or this knob is not one it has.");
}
