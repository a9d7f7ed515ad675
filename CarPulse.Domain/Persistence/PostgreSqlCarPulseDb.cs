using CarPulse.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CarPulse.Domain.Persistence;

/// <summary>PostgreSQL, for several nodes on one database. Its migrations are in <c>Persistence/Migrations/PostgreSql</c>.</summary>
public sealed class PostgreSqlCarPulseDb(DbContextOptions<PostgreSqlCarPulseDb> options, ITokenProtector tokenProtector) : CarPulseDb(options, tokenProtector)
{
    public static PostgreSqlCarPulseDb Open(string connectionString, ITokenProtector tokenProtector) =>
        new(new DbContextOptionsBuilder<PostgreSqlCarPulseDb>().UseNpgsql(connectionString).Options, tokenProtector);

    /// <summary>
    /// <c>FOR UPDATE SKIP LOCKED</c>: the row stays locked until the claimer's transaction ends, and claimers on
    /// other nodes pass over it to the next free job instead of queueing behind it.
    /// </summary>
    internal override Task<List<ReportJob>> NextFreeReportJobAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ReportJobs.FromSql(
            $"""
            SELECT * FROM "ReportJobs"
            WHERE "Status" = {nameof(ReportJobStatus.Queued)} AND ("LeaseUntil" IS NULL OR "LeaseUntil" < {now})
            ORDER BY "CreatedAt", "Id"
            LIMIT 1
            FOR UPDATE SKIP LOCKED
            """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
}

/// <summary>What <c>dotnet ef migrations add … --context PostgreSqlCarPulseDb</c> builds the model with; it opens no database.</summary>
internal sealed class PostgreSqlCarPulseDbDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlCarPulseDb>
{
    public PostgreSqlCarPulseDb CreateDbContext(string[] args) => PostgreSqlCarPulseDb.Open("Host=localhost;Database=carpulse", DesignTimeTokenProtector.Instance);
}
