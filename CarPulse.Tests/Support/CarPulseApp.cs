using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CarPulse.Tests.Support;

/// <summary>The whole app in memory on its embedded default, with its own data directory and a clock the test controls.</summary>
public sealed class CarPulseApp : WebApplicationFactory<Program>
{
    private readonly TemporaryDirectory _data = new();
    private readonly Dictionary<string, string?> _settings;

    public CarPulseApp(params (string Key, string Value)[] settings)
    {
        _settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = _data.Path,
            ["RateLimits:VoucherChecksPerMinute"] = "1000",
        };
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

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
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }
}
