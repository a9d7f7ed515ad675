using CarPulse.Domain.Orders;
using CarPulse.Domain.Reports;
using CarPulse.Domain.Vehicles;
using Microsoft.Extensions.Logging;

namespace CarPulse.Domain.Tesla;

/// <summary>Why a Tesla connect attempt ended without a session; each maps to one message on the brand step.</summary>
public enum ConnectFailure
{
    Denied,
    InvalidState,
    ExchangeFailed,
    NoVehicles,
    TeslaUnavailable,

    /// <summary>A reconnect signed in to an account that does not hold the order's vehicles.</summary>
    OtherAccount,

    /// <summary>Tesla's answer reached a browser other than the one that started the sign-in (a planted or stolen callback link).</summary>
    OtherBrowser,
}

/// <summary>The session the browser goes to, or why there is none; <see cref="Reconnected"/> when an existing paid order got the tokens.</summary>
public sealed record ConnectResult(string? SessionId, ConnectFailure? Failure, bool Reconnected = false)
{
    public static ConnectResult Connected(string sessionId) => new(sessionId, null);

    public static ConnectResult Failed(ConnectFailure failure, string? sessionId = null) => new(sessionId, failure);
}

/// <summary>
/// Start: a single-use state bound to the browser and a PKCE challenge, then Tesla's authorize URL. Complete: burn the state,
/// exchange the code, find the region, read the inventory (no wake-up), create the order session — or,
/// for a reconnect, give the paid order its new tokens and queue the work it was for. Any failure
/// stores nothing.
/// </summary>
public sealed partial class TeslaConnect(
    OAuthStateStore states,
    TeslaOAuthClient oauth,
    TeslaFleetClient fleet,
    OrderSessionStore orders,
    ReportQueue reports,
    TimeProvider clock,
    ILogger<TeslaConnect> log)
{
    /// <param name="browserKey">The key the starting browser keeps (see <see cref="OAuthStateStore.IssueAsync"/>); the callback must present it again.</param>
    public async Task<string> StartAsync(string redirectUri, string browserKey, CancellationToken cancellationToken) =>
        await StartAsync(redirectUri, null, browserKey, cancellationToken);

    /// <summary>Signs a paid order in to Tesla again; an unknown or unpaid order is <see cref="OrderNotFound"/> or <see cref="OrderConflict"/>.</summary>
    public async Task<string> StartReconnectAsync(Reconnection reconnection, string redirectUri, string browserKey, CancellationToken cancellationToken)
    {
        var session = await orders.GetLiveAsync(reconnection.OrderSessionId, cancellationToken);
        if (session.Status.IsUnpaid())
        {
            throw new OrderConflict(session.Status, "reconnect Tesla to an unpaid order");
        }

        return await StartAsync(redirectUri, reconnection, browserKey, cancellationToken);
    }

    private async Task<string> StartAsync(string redirectUri, Reconnection? reconnection, string browserKey, CancellationToken cancellationToken)
    {
        var state = await states.IssueAsync(reconnection, browserKey, cancellationToken);
        return oauth.BuildAuthorizeUrl(state.State, TeslaOAuthClient.CodeChallenge(state.CodeVerifier), redirectUri);
    }

    /// <param name="browserKey">The key the browser delivering the callback holds, if any.</param>
    public async Task<ConnectResult> CompleteAsync(string? code, string? state, string? error, string redirectUri, string? browserKey, CancellationToken cancellationToken)
    {
        var (pending, refusal) = await states.RedeemAsync(state, browserKey, cancellationToken);
        if (pending is null)
        {
            LogRefused(log, refusal == ConnectFailure.OtherBrowser ? "state started in another browser" : "unknown, used or expired state");
            return ConnectResult.Failed(refusal ?? ConnectFailure.InvalidState);
        }

        if (!string.IsNullOrEmpty(error) || string.IsNullOrEmpty(code))
        {
            LogRefused(log, "consent denied");
            return ConnectResult.Failed(ConnectFailure.Denied, pending.ReconnectOrderId);
        }

        try
        {
            var hint = FleetRegions.FromAuthorizationCode(code);
            var tokens = await oauth.ExchangeCodeAsync(code, pending.CodeVerifier, redirectUri, hint, cancellationToken);
            var region = await fleet.DiscoverRegionAsync(new FreshTeslaAccount(hint, tokens), cancellationToken);
            var inventory = await fleet.ListVehiclesAsync(new FreshTeslaAccount(region, tokens), cancellationToken);
            var vehicles = inventory.Where(vehicle => Vin.TryParse(vehicle.Vin, out _)).Select(ToSessionVehicle).ToList();
            if (pending.Reconnection is { } reconnection)
            {
                return await ReconnectAsync(reconnection, tokens, region, vehicles, cancellationToken);
            }

            if (vehicles.Count == 0)
            {
                LogRefused(log, "no vehicles on the account");
                return ConnectResult.Failed(ConnectFailure.NoVehicles);
            }

            var session = OrderSession.Start(tokens, region, vehicles, clock.GetUtcNow(), orders.SessionLifetime);
            orders.Add(session);
            await orders.SaveAsync(cancellationToken);
            LogConnected(log, region, vehicles.Count);
            return ConnectResult.Connected(session.Id);
        }
        catch (TeslaAuthorizationFailed)
        {
            LogRefused(log, "code exchange refused");
            return ConnectResult.Failed(ConnectFailure.ExchangeFailed, pending.ReconnectOrderId);
        }
        catch (TeslaException exception)
        {
            LogRefused(log, exception.GetType().Name);
            return ConnectResult.Failed(ConnectFailure.TeslaUnavailable, pending.ReconnectOrderId);
        }
    }

    private async Task<ConnectResult> ReconnectAsync(
        Reconnection reconnection, TeslaTokens tokens, FleetRegion region, IReadOnlyList<SessionVehicle> inventory, CancellationToken cancellationToken)
    {
        var session = await orders.GetLiveAsync(reconnection.OrderSessionId, cancellationToken);
        if (session.Status.IsUnpaid())
        {
            LogRefused(log, "reconnect for an unknown or unpaid order");
            return ConnectResult.Failed(ConnectFailure.InvalidState);
        }

        if (session.SelectedVehicleIds.Except(inventory.Select(vehicle => vehicle.Id)).Any())
        {
            LogRefused(log, "reconnect with an account that does not hold the order's vehicles");
            return ConnectResult.Failed(ConnectFailure.OtherAccount, session.Id);
        }

        session.Reconnect(tokens, region);
        await orders.SaveAsync(cancellationToken);
        await reports.RequeueAsync(session.Id, reconnection.Work, cancellationToken);
        LogReconnected(log, session.Reference, reconnection.Work);
        return new ConnectResult(session.Id, null, Reconnected: true);
    }

    private static SessionVehicle ToSessionVehicle(FleetVehicle vehicle) => new(
        vehicle.Id,
        Vin.Parse(vehicle.Vin).Value,
        string.IsNullOrWhiteSpace(vehicle.DisplayName) ? CarModel.FromVin(Vin.Parse(vehicle.Vin)) : vehicle.DisplayName.Trim(),
        VehicleStates.Parse(vehicle.State),
        null);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tesla connected: region {Region}, {VehicleCount} vehicles")]
    private static partial void LogConnected(ILogger logger, FleetRegion region, int vehicleCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tesla reconnected to order {OrderReference} for {FollowUp}")]
    private static partial void LogReconnected(ILogger logger, string orderReference, ReportWork followUp);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tesla connect refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
