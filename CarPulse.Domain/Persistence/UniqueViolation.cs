using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CarPulse.Domain.Persistence;

/// <summary>
/// Tells a write that a unique index refused (another request stored the same row a moment earlier) from every other
/// failure, on either engine, so that only the expected duplicate is taken as "already done".
/// </summary>
public static class UniqueViolation
{
    private const int SqliteUniqueConstraint = 2067;
    private const int SqlitePrimaryKeyConstraint = 1555;

    public static bool IsUniqueViolation(this DbUpdateException failure) => failure.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUniqueConstraint or SqlitePrimaryKeyConstraint,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
