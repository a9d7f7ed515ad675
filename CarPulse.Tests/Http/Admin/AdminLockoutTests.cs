using CarPulse.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CarPulse.Tests.Http.Admin;

/// <summary>Wrong passwords lock the address they come from, never the admin everywhere; elsewhere they only slow logins down.</summary>
public sealed class AdminLockoutTests : IDisposable
{
    private const string Attacker = "198.51.100.66";
    private const string Office = "203.0.113.10";

    private readonly CarPulseApp _app = new(AdminSignIn.Setting);
    private readonly List<HttpClient> _clients = [];

    [Fact]
    public async Task An_attackers_wrong_passwords_lock_their_address_but_the_admin_logs_in_from_another()
    {
        var attacker = Client(Attacker);
        for (var guess = 1; guess <= 5; guess++)
        {
            await LetTimePassAsync(attacker.LogInAsync(AdminSignIn.Username, $"guess-{guess}"));
        }

        var fromAttacker = await LetTimePassAsync(attacker.LogInAsync(AdminSignIn.Username, AdminSignIn.Password));
        var fromOffice = await LetTimePassAsync(Client(Office).LogInAsync(AdminSignIn.Username, AdminSignIn.Password));

        Assert.Equal("/admin/login?status=locked", fromAttacker.RedirectTarget());
        Assert.Equal("/admin/vouchers", fromOffice.RedirectTarget());
    }

    [Fact]
    public async Task Wrong_passwords_from_many_addresses_slow_the_next_login_down_without_locking_it()
    {
        for (var address = 1; address <= 8; address++)
        {
            var response = await LetTimePassAsync(Client($"198.51.100.{address}").LogInAsync(AdminSignIn.Username, "a guess"));
            Assert.Equal("/admin/login?status=invalid", response.RedirectTarget());
        }

        var office = Client(Office);
        var before = _app.Clock.GetUtcNow();
        var login = await LetTimePassAsync(office.LogInAsync(AdminSignIn.Username, AdminSignIn.Password));

        Assert.Equal("/admin/vouchers", login.RedirectTarget());
        // Eight wrong passwords: the first five are free, then 1, 2, 4, 8 seconds. The app's clock cannot reach the
        // answer before that much of it has passed.
        Assert.True(_app.Clock.GetUtcNow() - before >= TimeSpan.FromSeconds(8), $"The login waited {_app.Clock.GetUtcNow() - before}.");
    }

    /// <summary>The app's clock is the test's and stands still; a slowed-down login answers only as the test moves it on.</summary>
    private async Task<HttpResponseMessage> LetTimePassAsync(Task<HttpResponseMessage> login)
    {
        while (!login.IsCompleted)
        {
            _app.Clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.WhenAny(login, Task.Delay(5));
        }

        return await login;
    }

    private HttpClient Client(string address)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).From(address);
        _clients.Add(client);
        return client;
    }

    public void Dispose()
    {
        _clients.ForEach(client => client.Dispose());
        _app.Dispose();
    }
}
