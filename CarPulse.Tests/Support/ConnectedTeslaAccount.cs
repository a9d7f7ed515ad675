using CarPulse.Domain.Orders;
using CarPulse.Domain.Tesla;
using CarPulse.Web.Simulators.Tesla;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Support;

/// <summary>A demo account signed in through the real OAuth flow, with the client and session it gives.</summary>
public sealed class ConnectedTeslaAccount : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;

    private ConnectedTeslaAccount(AsyncServiceScope scope, OrderSession session)
    {
        _scope = scope;
        Session = session;
        var services = scope.ServiceProvider;
        Fleet = services.GetRequiredService<TeslaFleetClient>();
        Modules = services.GetRequiredService<TeslaModuleFetcher>();
        Simulator = services.GetRequiredService<TeslaSimulator>();
        Account = new SessionTeslaAccount(session, services.GetRequiredService<OrderSessionStore>(), services.GetRequiredService<TeslaOAuthClient>(), TimeProvider.System);
    }

    public OrderSession Session { get; }
    public ITeslaAccount Account { get; }
    public TeslaFleetClient Fleet { get; }
    public TeslaModuleFetcher Modules { get; }
    public TeslaSimulator Simulator { get; }

    public SessionVehicle Vehicle(string displayName) => Session.Vehicles.Single(vehicle => vehicle.DisplayName == displayName);

    public static async Task<ConnectedTeslaAccount> SignInAsync(CarPulseApp app, string demoAccount)
    {
        var sessionId = await new TeslaSignIn(app).ConnectAsync(demoAccount);
        var scope = app.Services.CreateAsyncScope();
        var session = await scope.ServiceProvider.GetRequiredService<OrderSessionStore>().GetLiveAsync(sessionId, CancellationToken.None);
        scope.ServiceProvider.GetRequiredService<TeslaSimulator>().ClearCalls();
        return new ConnectedTeslaAccount(scope, session);
    }

    public ValueTask DisposeAsync() => _scope.DisposeAsync();
}
