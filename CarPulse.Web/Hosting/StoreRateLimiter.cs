using System.Net;
using System.Threading.RateLimiting;

namespace CarPulse.Web.Hosting;

/// <summary>
/// One client's budget for ASP.NET Core's rate limiting middleware, counted in the <see cref="IRateLimitStore"/>: the
/// per-address limits on sign-ins, session API calls and admin login posts count where the voucher budget counts — in
/// memory on one node, in Redis for all nodes at once. The limiter keeps nothing itself, so the middleware may drop
/// an idle one and build it again.
/// </summary>
internal sealed class StoreRateLimiter(IRateLimitStore store, string key, int limit, TimeSpan window, TimeProvider clock) : RateLimiter
{
    private long _lastUsed = clock.GetTimestamp();

    public override TimeSpan? IdleDuration => clock.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    /// <summary>
    /// Per client address and minute, under <paramref name="budget"/>. An IPv4 client seen through an IPv6 socket is
    /// that IPv4 address: one client, one key.
    /// </summary>
    public static RateLimitPartition<string> PerClientPerMinute(HttpContext context, string budget, int limit)
    {
        var store = context.RequestServices.GetRequiredService<IRateLimitStore>();
        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        return RateLimitPartition.Get(
            $"{budget}:address:{AddressKey(context.Connection.RemoteIpAddress)}",
            key => new StoreRateLimiter(store, key, limit, TimeSpan.FromMinutes(1), clock));
    }

    public static string AddressKey(IPAddress? address) =>
        address is null ? "none" : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();

    // The store answers asynchronously: a quick attempt that takes nothing sends the middleware to AcquireAsync.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.NotTaken;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, clock.GetTimestamp());
        var decision = await store.TryTakeAsync([key], limit, window, cancellationToken);
        return decision.Allowed ? Lease.Taken : new Lease(false, decision.RetryAfter);
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static Lease Taken { get; } = new(true, null);

        public static Lease NotTaken { get; } = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
