using System.Security.Cryptography;
using CarPulse.Domain.Tesla;
using CarPulse.Web.Endpoints;
using CarPulse.Web.Simulators.Tesla;
using Microsoft.Extensions.Options;

namespace CarPulse.Web.Hosting;

public static class TeslaExtensions
{
    /// <summary>
    /// Tesla's OAuth and Fleet clients as typed HttpClients with timeouts and retries (GETs only, honouring
    /// Retry-After). Simulator mode points them at this app's own simulator; Production refuses it unless allowed.
    /// </summary>
    public static IServiceCollection AddTesla(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var tesla = configuration.GetSection(TeslaOptions.Section).Get<TeslaOptions>() ?? new TeslaOptions();
        services.AddOptions<TeslaOptions>().BindConfiguration(TeslaOptions.Section)
            .Validate(options => options.Mode == TeslaMode.Simulator || !string.IsNullOrWhiteSpace(options.ClientId), "Tesla:ClientId is required when Tesla:Mode is Live.")
            .Validate(options => options.Mode == TeslaMode.Simulator || !string.IsNullOrWhiteSpace(options.ClientSecret), "Tesla:ClientSecret is required when Tesla:Mode is Live.")
            .Validate(
                options => options.Mode != TeslaMode.Simulator || !environment.IsProduction() || options.AllowSimulatorInProduction,
                "Tesla:Mode is Simulator in Production: set Tesla:AllowSimulatorInProduction=true for a public demo, or configure Live mode.")
            .Validate(options => options.WakeTimeout > TimeSpan.Zero && options.WakePollInterval > TimeSpan.Zero, "Tesla:WakeTimeout and Tesla:WakePollInterval must be positive.")
            .ValidateOnStart();

        if (tesla.Mode == TeslaMode.Simulator)
        {
            // The simulator checks that a secret is sent, like Tesla; a throw-away one per process keeps secrets out of the repo.
            var simulatorSecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            services.PostConfigure<TeslaOptions>(options =>
            {
                options.ClientId ??= "carpulse-simulator";
                options.ClientSecret ??= simulatorSecret;
            });
            services.AddSingleton<ITeslaEndpoints, SelfHostedTeslaEndpoints>();
            services.AddTeslaSimulator();
        }
        else
        {
            services.AddSingleton<ITeslaEndpoints>(provider => new LiveTeslaEndpoints(provider.GetRequiredService<IOptions<TeslaOptions>>().Value));
        }

        services.AddSingleton<PartnerTokenCache>();
        services.AddHttpClient<TeslaOAuthClient>().AddTeslaResilience(tesla);
        services.AddHttpClient<TeslaFleetClient>().AddTeslaResilience(tesla);
        services.AddScoped<OAuthStateStore>();
        services.AddScoped<TeslaConnect>();
        services.AddScoped<TeslaModuleFetcher>();
        return services;
    }

    /// <summary>The OAuth endpoints, and the simulator's auth and Fleet endpoints when it is on.</summary>
    public static WebApplication MapTesla(this WebApplication app)
    {
        app.MapTeslaOAuth();
        if (app.Services.GetRequiredService<IOptions<TeslaOptions>>().Value.Mode == TeslaMode.Simulator)
        {
            app.MapTeslaSimulator(app.Environment);
        }

        return app;
    }
}
