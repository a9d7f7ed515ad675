using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace CarPulse.Web.Features.Admin.Login;

/// <summary>What a login attempt meets before its password is looked at: a lock, or a wait.</summary>
public sealed record LoginGate(bool Locked, TimeSpan Delay);

/// <summary>
/// Wrong passwords lock the username <em>from the address they came from</em>, and lock an address that tries too
/// many; the lock lifts <see cref="AdminOptions.LockoutDuration"/> after the last counted failure. Across addresses a
/// username is never locked, or anyone could lock the only admin out: once it has had more wrong passwords than one
/// address may try, every further attempt for it waits, twice as long each time, up to
/// <see cref="AdminOptions.MaxLoginDelay"/>. Kept in memory: right for one node (a restart forgets it); several nodes
/// would each count their own share, so a shared store belongs here then.
/// </summary>
public sealed class AdminLockout(TimeProvider clock, IOptions<AdminOptions> options)
{
    private const int PruneAbove = 10_000;
    private const int MaxKeyLength = 64;
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, FailedLogins> _failures = new(StringComparer.Ordinal);

    private AdminOptions Options => options.Value;

    public LoginGate Check(string? username, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        var locked = IsLocked(UserAtAddressKey(username, address), Options.MaxFailedLoginsPerUserAndAddress, now)
            || IsLocked(AddressKey(address), Options.MaxFailedLoginsPerAddress, now);
        return new LoginGate(locked, locked ? TimeSpan.Zero : DelayFor(UserKey(username), now));
    }

    /// <returns>True when this failure locked the username at this address, or the address.</returns>
    public bool RecordFailure(string? username, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        Prune(now);
        Count(UserKey(username), now);
        var userLocked = Count(UserAtAddressKey(username, address), now) >= Options.MaxFailedLoginsPerUserAndAddress;
        var addressLocked = Count(AddressKey(address), now) >= Options.MaxFailedLoginsPerAddress;
        return userLocked || addressLocked;
    }

    /// <summary>
    /// Forgives this address its wrong passwords. The username's count across addresses stays: failures from
    /// elsewhere are not this address's to forgive, and they expire on their own.
    /// </summary>
    public void RecordSuccess(string? username, IPAddress? address)
    {
        _failures.TryRemove(UserAtAddressKey(username, address), out _);
        _failures.TryRemove(AddressKey(address), out _);
    }

    private TimeSpan DelayFor(string userKey, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(userKey, out var failures) || IsExpired(failures, now))
        {
            return TimeSpan.Zero;
        }

        // As many wrong passwords as one address may try cost nothing: a person who mistypes never waits.
        var beyond = failures.Count - Options.MaxFailedLoginsPerUserAndAddress;
        if (beyond < 0)
        {
            return TimeSpan.Zero;
        }

        var delay = FirstDelay * Math.Pow(2, Math.Min(beyond, 30));
        return delay < Options.MaxLoginDelay ? delay : Options.MaxLoginDelay;
    }

    private bool IsLocked(string key, int limit, DateTimeOffset now) =>
        _failures.TryGetValue(key, out var failures) && failures.Count >= limit && !IsExpired(failures, now);

    private int Count(string key, DateTimeOffset now) =>
        _failures.AddOrUpdate(
            key,
            _ => new FailedLogins(1, now),
            (_, failures) => new FailedLogins(IsExpired(failures, now) ? 1 : failures.Count + 1, now)).Count;

    private bool IsExpired(FailedLogins failures, DateTimeOffset now) => now - failures.LastFailure >= Options.LockoutDuration;

    // Random usernames and addresses from a scripted attack must not grow the table without bound.
    private void Prune(DateTimeOffset now)
    {
        if (_failures.Count <= PruneAbove)
        {
            return;
        }

        foreach (var (key, failures) in _failures)
        {
            if (IsExpired(failures, now))
            {
                _failures.TryRemove(key, out _);
            }
        }
    }

    private static string UserKey(string? username)
    {
        var key = (username ?? string.Empty).Trim().ToLowerInvariant();
        return "user:" + (key.Length > MaxKeyLength ? key[..MaxKeyLength] : key);
    }

    private static string AddressKey(IPAddress? address) => "address:" + (address ?? IPAddress.None);

    // Its own prefix: no username, however crafted, can name another address's key.
    private static string UserAtAddressKey(string? username, IPAddress? address) => $"pair:{address ?? IPAddress.None}|{UserKey(username)}";

    private sealed record FailedLogins(int Count, DateTimeOffset LastFailure);
}
