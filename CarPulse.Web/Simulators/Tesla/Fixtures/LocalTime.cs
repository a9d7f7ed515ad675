namespace CarPulse.Web.Simulators.Tesla.Fixtures;

/// <summary>
/// Local wall-clock offsets for the fixture sites, computed by rule so they do not depend on the host's time-zone
/// database (Tesla writes session times with the site's local offset).
/// </summary>
internal static class LocalTime
{
    public static TimeSpan OffsetAt(DateTimeOffset instant, LocalTimeRule rule)
    {
        var utc = instant.UtcDateTime;
        return rule switch
        {
            LocalTimeRule.EasternEurope => TimeSpan.FromHours(IsEuSummer(utc) ? 3 : 2),
            LocalTimeRule.CentralEurope => TimeSpan.FromHours(IsEuSummer(utc) ? 2 : 1),
            LocalTimeRule.UsPacific => TimeSpan.FromHours(IsUsSummer(utc) ? -7 : -8),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown rule."),
        };
    }

    /// <summary>An instant on <paramref name="day"/> at the local <paramref name="timeOfDay"/>, carrying the local offset.</summary>
    public static DateTimeOffset At(DateOnly day, TimeSpan timeOfDay, LocalTimeRule rule)
    {
        var noon = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        var offset = OffsetAt(noon, rule);
        return new DateTimeOffset(day.ToDateTime(TimeOnly.FromTimeSpan(timeOfDay)), offset);
    }

    // EU: from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
    private static bool IsEuSummer(DateTime utc) =>
        utc >= LastSunday(utc.Year, 3).AddHours(1) && utc < LastSunday(utc.Year, 10).AddHours(1);

    // US Pacific: from 02:00 PST (10:00 UTC) on the second Sunday of March to 02:00 PDT (09:00 UTC) on the first Sunday of November.
    private static bool IsUsSummer(DateTime utc) =>
        utc >= NthSunday(utc.Year, 3, 2).AddHours(10) && utc < NthSunday(utc.Year, 11, 1).AddHours(9);

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }

    private static DateTime NthSunday(int year, int month, int n)
    {
        var first = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc);
        return first.AddDays((7 - (int)first.DayOfWeek) % 7 + 7 * (n - 1));
    }
}
