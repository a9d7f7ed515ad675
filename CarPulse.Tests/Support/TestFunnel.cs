using CarPulse.Domain.Funnel;
using CarPulse.Domain.Payments;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CarPulse.Tests.Support;

/// <summary>A real <see cref="FunnelRecorder"/> over a test database, for services built by hand in unit tests.</summary>
public static class TestFunnel
{
    public static FunnelRecorder Recorder(TestDatabase database, TimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddScoped(_ => database.Open());
        services.AddOptions<CompanyOptions>().Bind(Company);
        var provider = services.BuildServiceProvider();
        return new FunnelRecorder(
            provider.GetRequiredService<IServiceScopeFactory>(),
            provider.GetRequiredService<IOptionsMonitor<CompanyOptions>>(),
            clock,
            NullLogger<FunnelRecorder>.Instance);
    }

    /// <summary>The seller, as the tests' services know it.</summary>
    internal static IConfiguration Company { get; } = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Name"] = "CarPulse Oy",
        ["Address"] = "Testikatu 1, 00100 Helsinki",
        ["BusinessId"] = "1234567-8",
        ["VatNumber"] = "FI12345678",
        ["Email"] = "support@carpulse.example",
        ["Website"] = "https://carpulse.example",
    }).Build();
}
