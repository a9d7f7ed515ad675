using System.Net;
using CarPulse.Domain;
using Microsoft.Extensions.Options;

namespace CarPulse.Web.Hosting;

/// <summary>
/// The one budget for voucher guesses: <see cref="RateLimitOptions.VoucherChecksPerMinute"/> per client address and
/// per order, whether the codes arrive over the JSON API or through the order page's voucher box — a code tried one
/// way counts against the other.
/// </summary>
public sealed class VoucherCheckLimit(IRateLimitStore store, IOptions<RateLimitOptions> options)
{
    /// <summary>What the order page says past the limit; the English text is its translations' key.</summary>
    public const string WaitNotice = "Too many voucher codes tried. Please wait a minute and try again.";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <param name="sessionId">The order the code is tried for, if any (the catalog's voucher check has none).</param>
    public ValueTask<RateLimitDecision> TryTakeAsync(IPAddress? address, string? sessionId, CancellationToken cancellationToken)
    {
        List<string> keys = [$"voucher-checks:address:{Normalised(address)}"];
        if (!string.IsNullOrEmpty(sessionId))
        {
            // Hashed: the key never holds the order's bearer secret, and a junk id of any length makes a short key.
            keys.Add($"voucher-checks:order:{BearerSecret.Hash(sessionId)}");
        }

        return store.TryTakeAsync(keys, options.Value.VoucherChecksPerMinute, Window, cancellationToken);
    }

    /// <exception cref="TooManyAttempts">Past the limit: the API answers 429 with <c>Retry-After</c>.</exception>
    public async Task EnsureAsync(IPAddress? address, string? sessionId, CancellationToken cancellationToken)
    {
        var decision = await TryTakeAsync(address, sessionId, cancellationToken);
        if (!decision.Allowed)
        {
            throw new TooManyAttempts(decision.RetryAfter);
        }
    }

    // One client, one key: an IPv4 client seen through an IPv6 socket is still that IPv4 address.
    internal static string Normalised(IPAddress? address) =>
        address is null ? "none" : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
}

/// <summary>A limit is spent; the answer is 429 with <c>Retry-After</c>.</summary>
public sealed class TooManyAttempts(TimeSpan retryAfter) : Exception(ApiExtensions.TooManyRequestsDetail)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
