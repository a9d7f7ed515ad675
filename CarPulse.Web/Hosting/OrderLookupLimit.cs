using System.Net;
using CarPulse.Domain;
using Microsoft.Extensions.Options;

namespace CarPulse.Web.Hosting;

/// <summary>
/// The budgets of "find my order": <see cref="RateLimitOptions.OrderLookupsPerHour"/> per client address, and
/// <see cref="RateLimitOptions.OrderLookupsPerEmailPerHour"/> per email address from anywhere. They hold whether or not
/// the address has orders, so the limit itself tells nothing about it.
/// </summary>
public sealed class OrderLookupLimit(IRateLimitStore store, IOptions<RateLimitOptions> options)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <param name="email">The address in its stored form; only its hash is a key.</param>
    public async ValueTask<RateLimitDecision> TryTakeAsync(IPAddress? address, string email, CancellationToken cancellationToken)
    {
        var byAddress = await store.TryTakeAsync([$"order-lookups:address:{StoreRateLimiter.AddressKey(address)}"], options.Value.OrderLookupsPerHour, Window, cancellationToken);
        return byAddress.Allowed
            ? await store.TryTakeAsync([$"order-lookups:email:{BearerSecret.Hash(email)}"], options.Value.OrderLookupsPerEmailPerHour, Window, cancellationToken)
            : byAddress;
    }
}
