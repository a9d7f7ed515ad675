using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPulse.Tests.Persistence;

/// <summary>Each engine has its own migration set; a model change needs a migration in both (README: Database migrations).</summary>
public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void The_migrations_of_each_engine_hold_every_change_of_the_model(DatabaseProvider provider)
    {
        // Comparing the model with the set's snapshot opens no database.
        using CarPulseDb db = provider == DatabaseProvider.PostgreSql
            ? PostgreSqlCarPulseDb.Open("Host=localhost;Database=carpulse", DesignTimeTokenProtector.Instance)
            : SqliteCarPulseDb.Open("Data Source=:memory:", DesignTimeTokenProtector.Instance);

        Assert.False(
            db.Database.HasPendingModelChanges(),
            $"The model has changes that the {provider} migrations lack: add a migration to both sets (see the README, \"Database migrations\").");
    }
}
