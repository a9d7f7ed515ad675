using CarPulse.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CarPulse.Domain.Persistence;

/// <summary>The embedded default: one SQLite file. Its migrations are in <c>Persistence/Migrations/Sqlite</c>.</summary>
public sealed class SqliteCarPulseDb(DbContextOptions<SqliteCarPulseDb> options, ITokenProtector tokenProtector) : CarPulseDb(options, tokenProtector)
{
    public static SqliteCarPulseDb Open(string connectionString, ITokenProtector tokenProtector) =>
        new(new DbContextOptionsBuilder<SqliteCarPulseDb>().UseSqlite(connectionString).Options, tokenProtector);

    /// <summary>
    /// SQLite has one writer at a time and a transaction here begins IMMEDIATE, holding the write lock from its
    /// first statement: the job read is the claimer's alone until it commits.
    /// </summary>
    internal override Task<List<ReportJob>> NextFreeReportJobAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ReportJobs.AsNoTracking()
            .Where(job => job.Status == ReportJobStatus.Queued && (job.LeaseUntil == null || job.LeaseUntil < now))
            .OrderBy(job => job.CreatedAt).ThenBy(job => job.Id)
            .Take(1)
            .ToListAsync(cancellationToken);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        // SQLite stores DateTimeOffset as text, which compares wrongly across offsets; a number orders correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
}

/// <summary>What <c>dotnet ef migrations add … --context SqliteCarPulseDb</c> builds the model with; it opens no database.</summary>
internal sealed class SqliteCarPulseDbDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCarPulseDb>
{
    public SqliteCarPulseDb CreateDbContext(string[] args) => SqliteCarPulseDb.Open("Data Source=design-time.db", DesignTimeTokenProtector.Instance);
}
