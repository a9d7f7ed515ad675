using Microsoft.AspNetCore.Hosting;
using CarPulse.Web.Simulators.Tesla;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CarPulse.Bench.Fleet;

/// <summary>
/// The whole web app in this process on a real Kestrel port, on its embedded default (SQLite, the Tesla simulator,
/// production Tesla timings), with a throw-away data directory and quiet logs. The factory needs any type of the web
/// assembly: the bench's own top-level <c>Program</c> hides the web app's.
/// </summary>
public sealed class FleetApp : WebApplicationFactory<TeslaSimulator>
{
    private readonly string _data = Directory.CreateTempSubdirectory("carpulse-bench-").FullName;
    private readonly (string Key, string Value)[] _settings;

    private FleetApp((string Key, string Value)[] settings) => _settings = settings;

    /// <param name="settings">Settings on top of the bench's, such as a report worker that does look for jobs.</param>
    public static FleetApp Start(params (string Key, string Value)[] settings)
    {
        var app = new FleetApp(settings);
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataDirectory", _data);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore.DataProtection", "Error");
        // Payment queues a report job; the bench runs the generator itself, so the worker looks for jobs only once a day.
        builder.UseSetting("Reports:PollInterval", "1.00:00:00");
        // The bench signs in and pays several times a minute from one address.
        builder.UseSetting("RateLimits:OAuthStartsPerMinute", "1000");
        builder.UseSetting("RateLimits:VoucherChecksPerMinute", "1000");
        builder.UseSetting("RateLimits:SessionCallsPerMinute", "1000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
