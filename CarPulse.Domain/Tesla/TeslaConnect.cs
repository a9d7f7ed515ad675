using CarPulse.Domain.Orders;
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
}

public sealed record ConnectResult(string? SessionId, ConnectFailure? Failure)
{
    public static ConnectResult Connected(string sessionId) => new(sessionId, null);

    public static ConnectResult Failed(ConnectFailure failure) => new(null, failure);
}

/// <summary>
/// Start: a single-use state and PKCE challenge, then Tesla's authorize URL. Complete: burn the state,
/// exchange the code, find the region, read the inventory (no wake-up), create the order session.
/// Any failure stores nothing.
/// </summary>
public sealed partial class TeslaConnect(
    OAuthStateStore states,
    TeslaOAuthClient oauth,
    TeslaFleetClient fleet,
    OrderSessionStore orders,
    TimeProvider clock,
    ILogger<TeslaConnect> log)
{
    public async Task<string> StartAsync(string redirectUri, CancellationToken cancellationToken)
    {
        var state = await states.IssueAsync(cancellationToken);
        return oauth.BuildAuthorizeUrl(state.State, TeslaOAuthClient.CodeChallenge(state.CodeVerifier), redirectUri);
    }

    public async Task<ConnectResult> CompleteAsync(string? code, string? state, string? error, string redirectUri, CancellationToken cancellationToken)
    {
        var verifier = await states.BurnAsync(state, cancellationToken);
        if (verifier is null)
        {
            LogRefused(log, "unknown, used or expired state");
            return ConnectResult.Failed(ConnectFailure.InvalidState);
        }

        if (!string.IsNullOrEmpty(error) || string.IsNullOrEmpty(code))
        {
            LogRefused(log, "consent denied");
            return ConnectResult.Failed(ConnectFailure.Denied);
        }

        try
        {
            var hint = FleetRegions.FromAuthorizationCode(code);
            var tokens = await oauth.ExchangeCodeAsync(code, verifier, redirectUri, hint, cancellationToken);
            var region = await fleet.DiscoverRegionAsync(new FreshTeslaAccount(hint, tokens), cancellationToken);
            var inventory = await fleet.ListVehiclesAsync(new FreshTeslaAccount(region, tokens), cancellationToken);
            var vehicles = inventory.Where(vehicle => Vin.TryParse(vehicle.Vin, out _)).Select(ToSessionVehicle).ToList();
            if (vehicles.Count == 0)
            {
                LogRefused(log, "no vehicles on the account");
                return ConnectResult.Failed(ConnectFailure.NoVehicles);
            }

            var session = OrderSession.Start(tokens, region, vehicles, clock.GetUtcNow());
            orders.Add(session);
            await orders.SaveAsync(cancellationToken);
            LogConnected(log, region, vehicles.Count);
            return ConnectResult.Connected(session.Id);
        }
        catch (TeslaAuthorizationFailed)
        {
            LogRefused(log, "code exchange refused");
            return ConnectResult.Failed(ConnectFailure.ExchangeFailed);
        }
        catch (TeslaException exception)
        {
            LogRefused(log, exception.GetType().Name);
            return ConnectResult.Failed(ConnectFailure.TeslaUnavailable);
        }
    }

    private static SessionVehicle ToSessionVehicle(FleetVehicle vehicle) => new(
        vehicle.Id,
        Vin.Parse(vehicle.Vin).Value,
        string.IsNullOrWhiteSpace(vehicle.DisplayName) ? CarModel.FromVin(Vin.Parse(vehicle.Vin)) : vehicle.DisplayName.Trim(),
        VehicleStates.Parse(vehicle.State),
        null);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tesla connected: region {Region}, {VehicleCount} vehicles")]
    private static partial void LogConnected(ILogger logger, FleetRegion region, int vehicleCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tesla connect refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
