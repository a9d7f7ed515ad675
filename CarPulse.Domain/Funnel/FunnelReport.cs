using System.Security.Claims;
using CarPulse.Domain.Admin;
using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPulse.Domain.Funnel;

/// <summary>
/// How many journeys reached a step, and the share of the step before that went on to it. The voucher step is
/// optional, so it is measured against the quote and the payment step skips it.
/// </summary>
public sealed record FunnelStepCount(FunnelStep Step, int Journeys, decimal? Conversion);

/// <summary>One day's journeys per step, in <see cref="FunnelSteps.InOrder"/>.</summary>
public sealed record FunnelDay(DateOnly Day, IReadOnlyList<int> Journeys);

public sealed record FunnelSummary(DateOnly From, DateOnly To, IReadOnlyList<FunnelStepCount> Steps, IReadOnlyList<FunnelDay> Days);

/// <summary>The funnel over a range of days (the seller's calendar days), for the back office.</summary>
public sealed class FunnelReport(CarPulseDb db)
{
    public const int MaxDays = 366;

    /// <exception cref="AdminAccessDenied">When <paramref name="admin"/> is not a signed-in admin.</exception>
    public async Task<FunnelSummary> ForRangeAsync(ClaimsPrincipal admin, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        AdminActor.Require(admin);
        if (to < from)
        {
            throw new InputInvalid("to", "The range ends before it starts.");
        }

        if (to.DayNumber - from.DayNumber >= MaxDays)
        {
            throw new InputInvalid("from", $"Choose at most {MaxDays} days.");
        }

        var counts = await db.FunnelEvents.AsNoTracking()
            .Where(e => e.Day >= from && e.Day <= to)
            .GroupBy(e => new { e.Day, e.Step })
            .Select(group => new { group.Key.Day, group.Key.Step, Journeys = group.Count() })
            .ToListAsync(cancellationToken);
        var days = new List<FunnelDay>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var current = day;
            days.Add(new FunnelDay(day, FunnelSteps.InOrder.Select(step => counts.Where(c => c.Day == current && c.Step == step).Sum(c => c.Journeys)).ToList()));
        }

        // A journey reaches a step once (unique step and key), so a range's total is the sum of its days.
        var totals = FunnelSteps.InOrder.ToDictionary(step => step, step => counts.Where(c => c.Step == step).Sum(c => c.Journeys));
        return new FunnelSummary(from, to, FunnelSteps.InOrder.Select(step => new FunnelStepCount(step, totals[step], Conversion(step, totals))).ToList(), days);
    }

    private static decimal? Conversion(FunnelStep step, IReadOnlyDictionary<FunnelStep, int> totals)
    {
        var before = step switch
        {
            // Entry points: many customers come straight to the brand step from a link, so there is no "before".
            FunnelStep.LandingViewed or FunnelStep.BrandChosen => (FunnelStep?)null,
            FunnelStep.PaymentStarted => FunnelStep.QuoteViewed,
            FunnelStep.VoucherApplied => FunnelStep.QuoteViewed,
            _ => step - 1,
        };
        return before is { } previous && totals[previous] > 0 ? Math.Round((decimal)totals[step] / totals[previous], 4) : null;
    }
}
