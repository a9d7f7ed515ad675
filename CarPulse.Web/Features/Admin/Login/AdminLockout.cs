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
/// <see cref="AdminOptions.MaxLoginDelay"/>. The counts live in an <see cref="ILoginFailureStore"/>: in memory on one
/// node, in Redis when several nodes share the work, so every node sees every failure.
/// </summary>
public sealed class AdminLockout(ILoginFailureStore failures, IOptions<AdminOptions> options)
{
    private const int MaxKeyLength = 64;
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);

    private AdminOptions Options => options.Value;

    public async ValueTask<LoginGate> CheckAsync(string? username, IPAddress? address, CancellationToken cancellationToken)
    {
        var counts = await failures.CountAsync([UserAtAddressKey(username, address), AddressKey(address), UserKey(username)], Options.LockoutDuration, cancellationToken);
        var locked = counts[0] >= Options.MaxFailedLoginsPerUserAndAddress || counts[1] >= Options.MaxFailedLoginsPerAddress;
        return new LoginGate(locked, locked ? TimeSpan.Zero : DelayFor(counts[2]));
    }

    /// <returns>True when this failure locked the username at this address, or the address.</returns>
    public async ValueTask<bool> RecordFailureAsync(string? username, IPAddress? address, CancellationToken cancellationToken)
    {
        var counts = await failures.AddAsync([UserKey(username), UserAtAddressKey(username, address), AddressKey(address)], Options.LockoutDuration, cancellationToken);
        return counts[1] >= Options.MaxFailedLoginsPerUserAndAddress || counts[2] >= Options.MaxFailedLoginsPerAddress;
    }

    /// <summary>
    /// Forgives this address its wrong passwords. The username's count across addresses stays: failures from
    /// elsewhere are not this address's to forgive, and they expire on their own.
    /// </summary>
    public ValueTask RecordSuccessAsync(string? username, IPAddress? address, CancellationToken cancellationToken) =>
        failures.ForgetAsync([UserAtAddressKey(username, address), AddressKey(address)], cancellationToken);

    private TimeSpan DelayFor(int userFailures)
    {
        // As many wrong passwords as one address may try cost nothing: a person who mistypes never waits.
        var beyond = userFailures - Options.MaxFailedLoginsPerUserAndAddress;
        if (beyond < 0)
        {
            return TimeSpan.Zero;
        }

        var delay = FirstDelay * Math.Pow(2, Math.Min(beyond, 30));
        return delay < Options.MaxLoginDelay ? delay : Options.MaxLoginDelay;
    }

    private static string UserKey(string? username)
    {
        var key = (username ?? string.Empty).Trim().ToLowerInvariant();
        return "user:" + (key.Length > MaxKeyLength ? key[..MaxKeyLength] : key);
    }

    private static string AddressKey(IPAddress? address) => "address:" + (address ?? IPAddress.None);

    // Its own prefix: no username, however crafted, can name another address's key.
    private static string UserAtAddressKey(string? username, IPAddress? address) => $"pair:{address ?? IPAddress.None}|{UserKey(username)}";
}
