using CarPulse.Web.Simulators.Tesla.Auth;
using CarPulse.Web.Simulators.Tesla.Control;
using CarPulse.Web.Simulators.Tesla.Fleet;

namespace CarPulse.Web.Simulators.Tesla;

public static class TeslaSimulatorExtensions
{
    /// <summary>Registers the <see cref="TeslaSimulator"/> singleton and binds <c>TeslaSimulator:*</c> settings.</summary>
    public static IServiceCollection AddTeslaSimulator(this IServiceCollection services)
    {
        services.AddOptions<TeslaSimulatorOptions>()
            .BindConfiguration(TeslaSimulatorOptions.Section)
            .Validate(options => options.TokenLifetime > TimeSpan.Zero, "TeslaSimulator:TokenLifetime must be positive.")
            .Validate(options => options.WakeDelay >= TimeSpan.Zero, "TeslaSimulator:WakeDelay must not be negative.")
            .Validate(options => options.DataRequestsPerMinute >= 0 && options.WakeRequestsPerMinute >= 0,
                "TeslaSimulator:DataRequestsPerMinute and WakeRequestsPerMinute must not be negative (0 turns a limit off).")
            .ValidateOnStart();
        services.AddAntiforgery();
        services.AddSingleton<TeslaSimulator>();
        return services;
    }

    /// <summary>
    /// Maps Tesla's authorize page, token endpoint and the Fleet API of every region under <c>/simulator/tesla</c>, and in
    /// Development only its control API (knobs, call log): never in Production, even for a public demo.
    /// </summary>
    public static IEndpointRouteBuilder MapTeslaSimulator(this IEndpointRouteBuilder app, IHostEnvironment environment)
    {
        var simulator = app.MapGroup(string.Empty).ExcludeFromDescription();
        simulator.MapTeslaSimulatorAuth();
        simulator.MapTeslaSimulatorFleet();
        if (environment.IsDevelopment())
        {
            simulator.MapTeslaSimulatorControl();
        }
        else
        {
            simulator.MapTeslaSimulatorControlRefusal();
        }

        return app;
    }
}
