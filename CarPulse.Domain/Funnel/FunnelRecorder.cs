using CarPulse.Domain.Payments;
using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Funnel;

/// <summary>
/// Records that a journey reached a step. Counting must never break the flow it counts: a failure is logged and
/// swallowed, and a step a journey already reached is not counted again (unique step and key).
/// </summary>
public sealed partial class FunnelRecorder(IServiceScopeFactory scopes, IOptionsMonitor<CompanyOptions> company, TimeProvider clock, ILogger<FunnelRecorder> log)
{
    public Task OrderReachedAsync(FunnelStep step, string sessionId) => RecordAsync(step, FunnelEvent.OrderKey(sessionId));

    public async Task RecordAsync(FunnelStep step, string key)
    {
        try
        {
            var now = clock.GetUtcNow();
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, company.CurrentValue.Zone).DateTime);
            // Its own scope and context: an event is saved on its own, never with (or instead of) the caller's changes.
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CarPulseDb>();
            if (await db.FunnelEvents.AnyAsync(e => e.Step == step && e.Key == key))
            {
                return;
            }

            db.FunnelEvents.Add(FunnelEvent.Reached(step, key, day, now));
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException duplicate) when (duplicate.IsUniqueViolation())
        {
            // The same journey reached the step twice at once: the unique index kept one.
        }
        catch (Exception failure) when (failure is DbUpdateException or InvalidOperationException or TimeZoneNotFoundException)
        {
            LogNotRecorded(log, step, failure);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Funnel step {Step} was not recorded")]
    private static partial void LogNotRecorded(ILogger logger, FunnelStep step, Exception exception);
}
