using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace CarPulse.Web.Features.Admin.Login;

/// <summary>
/// Locks a username, and a client address, after repeated wrong passwords; the lock lifts
/// <see cref="AdminOptions.LockoutDuration"/> after the last counted failure. Kept in memory: right for one node
/// (a restart forgets it); several nodes would each count their own share, so a shared store belongs here then.
/// </summary>
public sealed class AdminLockout(TimeProvider clock, IOptions<AdminOptions> options)
{
    private const int PruneAbove = 10_000;
    private const int MaxKeyLength = 64;

    private readonly ConcurrentDictionary<string, FailedLogins> _failures = new(StringComparer.Ordinal);

    private AdminOptions Options => options.Value;

    public bool IsLockedOut(string? username, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        return IsLocked(UserKey(username), Options.MaxFailedLoginsPerUser, now)
            || IsLocked(AddressKey(address), Options.MaxFailedLoginsPerAddress, now);
    }

    /// <returns>True when this failure locked the username or the address.</returns>
    public bool RecordFailure(string? username, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        Prune(now);
        var userLocked = Count(UserKey(username), now) >= Options.MaxFailedLoginsPerUser;
        var addressLocked = Count(AddressKey(address), now) >= Options.MaxFailedLoginsPerAddress;
        return userLocked || addressLocked;
    }

    public void RecordSuccess(string? username, IPAddress? address)
    {
        _failures.TryRemove(UserKey(username), out _);
        _failures.TryRemove(AddressKey(address), out _);
    }

    private bool IsLocked(string key, int limit, DateTimeOffset now) =>
        _failures.TryGetValue(key, out var failures) && failures.Count >= limit && !IsExpired(failures, now);

    private int Count(string key, DateTimeOffset now) =>
        _failures.AddOrUpdate(
            key,
            _ => new FailedLogins(1, now),
            (_, failures) => new FailedLogins(IsExpired(failures, now) ? 1 : failures.Count + 1, now)).Count;

    private bool IsExpired(FailedLogins failures, DateTimeOffset now) => now - failures.LastFailure >= Options.LockoutDuration;

    // Random usernames from a scripted attack must not grow the table without bound.
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

    private sealed record FailedLogins(int Count, DateTimeOffset LastFailure);
}
