using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CarPulse.Tests.Support;

/// <summary>
/// The whole app in memory, with its own data directory and a clock the test controls: on its embedded default
/// (SQLite), or on a database of its own on the test run's PostgreSQL cluster.
/// </summary>
public sealed class CarPulseApp : WebApplicationFactory<Program>
{
    private readonly TemporaryDirectory _data = new();
    private readonly Dictionary<string, string?> _settings;
    private readonly string? _postgres;
    private readonly bool _fakeClock = true;

    public CarPulseApp(params (string Key, string Value)[] settings)
        : this(DatabaseProvider.Sqlite, settings)
    {
    }

    public CarPulseApp(DatabaseProvider database, params (string Key, string Value)[] settings)
    {
        _settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = _data.Path,
            ["RateLimits:VoucherChecksPerMinute"] = "1000",
        };
        if (database == DatabaseProvider.PostgreSql)
        {
            _postgres = TestPostgres.CreateDatabase();
            _settings["Database:Provider"] = nameof(DatabaseProvider.PostgreSql);
            _settings["ConnectionStrings:CarPulse"] = _postgres;
        }

        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

    /// <summary>
    /// The app on real Kestrel with the real clock: the Tesla client reaches the simulator over real HTTP,
    /// and waits (wake-up polls, retries) really pass. Timings are shortened so tests stay fast.
    /// </summary>
    public static CarPulseApp WithTeslaSimulator(params (string Key, string Value)[] settings) =>
        WithTeslaSimulator(DatabaseProvider.Sqlite, settings);

    /// <inheritdoc cref="WithTeslaSimulator(ValueTuple{string, string}[])"/>
    public static CarPulseApp WithTeslaSimulator(DatabaseProvider database, params (string Key, string Value)[] settings)
    {
        var app = new CarPulseApp(
            database,
            [
                ("Tesla:WakePollInterval", "00:00:00.050"),
                ("Tesla:WakeTimeout", "00:00:02"),
                ("Tesla:RetryBaseDelay", "00:00:00.010"),
                ("Tesla:AttemptTimeout", "00:00:01"),
                ("TeslaSimulator:WakeDelay", "00:00:00.300"),
                .. settings,
            ],
            fakeClock: false);
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    private CarPulseApp(DatabaseProvider database, (string Key, string Value)[] settings, bool fakeClock)
        : this(database, settings) => _fakeClock = fakeClock;

    public FakeTimeProvider Clock { get; } = new(OrderSessionBuilder.Now);

    public string DataDirectory => _data.Path;

    public async Task<OrderSession> SeedAsync(OrderSession session)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CarPulseDb>();
        db.OrderSessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_settings.GetValueOrDefault("Environment") ?? "Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestPeer>());
        if (_fakeClock)
        {
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            if (_postgres is not null)
            {
                TestPostgres.DropDatabase(_postgres);
            }

            _data.Dispose();
        }
    }
}
