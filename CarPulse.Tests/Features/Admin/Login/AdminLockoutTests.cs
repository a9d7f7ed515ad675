using System.Net;
using CarPulse.Web.Features.Admin.Login;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CarPulse.Tests.Features.Admin.Login;

public sealed class AdminLockoutTests
{
    private static readonly IPAddress Office = IPAddress.Parse("203.0.113.10");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly AdminLockout _lockout;

    public AdminLockoutTests() => _lockout = new AdminLockout(new InMemoryLoginFailureStore(_clock), Options.Create(new AdminOptions()));

    [Fact]
    public async Task Wrong_passwords_from_many_addresses_cost_nothing_at_first_then_double_the_wait_up_to_the_cap()
    {
        var delays = new List<double>();
        for (var failure = 1; failure <= 10; failure++)
        {
            await _lockout.RecordFailureAsync("admin", Attacker(failure), CancellationToken.None);
            delays.Add((await _lockout.CheckAsync("admin", Office, CancellationToken.None)).Delay.TotalSeconds);
        }

        Assert.Equal([0, 0, 0, 0, 1, 2, 4, 8, 10, 10], delays);
        Assert.False((await _lockout.CheckAsync("admin", Office, CancellationToken.None)).Locked);
    }

    [Fact]
    public async Task Five_wrong_passwords_from_one_address_lock_the_username_there_only()
    {
        for (var failure = 1; failure <= 5; failure++)
        {
            await _lockout.RecordFailureAsync("admin", Attacker(1), CancellationToken.None);
        }

        Assert.True((await _lockout.CheckAsync("admin", Attacker(1), CancellationToken.None)).Locked);
        Assert.False((await _lockout.CheckAsync("admin", Office, CancellationToken.None)).Locked);
        Assert.False((await _lockout.CheckAsync("support", Attacker(1), CancellationToken.None)).Locked);
    }

    [Fact]
    public async Task A_username_shaped_like_an_address_key_cannot_lock_the_admin_at_another_address()
    {
        for (var failure = 1; failure <= 5; failure++)
        {
            await _lockout.RecordFailureAsync($"pair:{Office}|user:admin", Attacker(failure), CancellationToken.None);
        }

        Assert.False((await _lockout.CheckAsync("admin", Office, CancellationToken.None)).Locked);
    }

    [Fact]
    public async Task The_wait_ends_once_the_wrong_passwords_are_older_than_the_lockout_duration()
    {
        for (var failure = 1; failure <= 8; failure++)
        {
            await _lockout.RecordFailureAsync("admin", Attacker(failure), CancellationToken.None);
        }

        _clock.Advance(new AdminOptions().LockoutDuration);

        Assert.Equal(TimeSpan.Zero, (await _lockout.CheckAsync("admin", Office, CancellationToken.None)).Delay);
    }

    private static IPAddress Attacker(int number) => IPAddress.Parse($"198.51.100.{number}");
}
