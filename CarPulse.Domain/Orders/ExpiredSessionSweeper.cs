using CarPulse.Domain.Persistence;
using CarPulse.Domain.Tesla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Orders;

public sealed class OrderOptions
{
    public const string Section = "Orders";

    public static readonly TimeSpan DefaultSessionLifetime = TimeSpan.FromMinutes(30);

    /// <summary>How long an unpaid session lives after the Tesla sign-in (a checkout in progress keeps it longer).</summary>
    public TimeSpan SessionLifetime { get; init; } = DefaultSessionLifetime;

    /// <summary>How often expired unpaid sessions are swept.</summary>
    public TimeSpan CleanupInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long an expired session's row stays (without tokens) so a returning user hears "expired", not "unknown".</summary>
    public TimeSpan ExpiredRetention { get; init; } = TimeSpan.FromDays(1);
}

/// <summary>The outcome of one sweep: sessions whose tokens were wiped, and sessions deleted outright.</summary>
public sealed record SweepResult(int TokensDeleted, int SessionsDeleted);

/// <summary>
/// Unpaid sessions past their time to live lose their Tesla tokens at once; after
/// <see cref="OrderOptions.ExpiredRetention"/> the session and its vehicles are deleted too.
/// </summary>
public sealed class ExpiredSessionSweeper(CarPulseDb db, TimeProvider clock, IOptions<OrderOptions> options)
{
    private static readonly OrderStatus[] Unpaid = [OrderStatus.Connected, OrderStatus.VehiclesSelected];

    public async Task<SweepResult> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var deleteBefore = now - options.Value.ExpiredRetention;
        var expired = db.OrderSessions.Where(session => Unpaid.Contains(session.Status) && session.ExpiresAt <= now);
        var sessionsDeleted = await expired.Where(session => session.ExpiresAt <= deleteBefore).ExecuteDeleteAsync(cancellationToken);
        var tokensDeleted = await expired
            .Where(session => session.Tokens != null)
            .ExecuteUpdateAsync(
                update => update.SetProperty(session => session.Tokens, (TeslaTokens?)null).SetProperty(session => session.Version, session => session.Version + 1),
                cancellationToken);
        await db.OAuthStates.Where(state => state.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        await db.HandoffTokens.Where(handoff => handoff.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        // The demo provider's own records, kept as long as an expired order so a late return still resolves.
        await db.DemoCheckouts.Where(checkout => checkout.ExpiresAt <= deleteBefore).ExecuteDeleteAsync(cancellationToken);
        return new SweepResult(tokensDeleted, sessionsDeleted);
    }
}

/// <summary>Runs <see cref="ExpiredSessionSweeper"/> on a timer; a failed sweep is logged and retried next round.</summary>
public sealed class ExpiredSessionCleanupService(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<OrderOptions> options,
    ILogger<ExpiredSessionCleanupService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<ExpiredSessionSweeper>().SweepAsync(stoppingToken);
                if (result.TokensDeleted + result.SessionsDeleted > 0)
                {
                    log.LogInformation(
                        "Expired sessions: deleted Tesla tokens of {TokenSessionCount}, deleted {SessionCount} sessions",
                        result.TokensDeleted,
                        result.SessionsDeleted);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                log.LogError(exception, "Expired session cleanup failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
