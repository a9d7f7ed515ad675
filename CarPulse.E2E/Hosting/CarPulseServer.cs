using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CarPulse.E2E.Hosting;

/// <summary>
/// The real CarPulse app on Kestrel at http://127.0.0.1:{free port}, in Development,
/// with a throw-away data directory that is deleted when the fixture is disposed.
/// </summary>
public sealed class CarPulseServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public CarPulseServer() => UseKestrel(port: 0);

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("carpulse-e2e-").FullName;

    /// <summary>Where Kestrel listens; known only once the server has bound its port.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    // Every browser in the run comes from 127.0.0.1, so the per-address sign-in limit would count them all as one user.
    // The admin password is the test's own, so no generated one is needed.
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseEnvironment("Development")
            .UseSetting("Storage:DataDirectory", DataDirectory)
            .UseSetting("RateLimits:OAuthStartsPerMinute", "1000")
            .UseSetting("Admin:PasswordHash", Pages.AdminLoginPage.PasswordHash);

    Task IAsyncLifetime.InitializeAsync()
    {
        // Start now so a broken app fails the fixture, not the first test that touches it.
        StartServer();
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
