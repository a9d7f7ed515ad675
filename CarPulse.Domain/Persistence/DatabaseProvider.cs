namespace CarPulse.Domain.Persistence;

/// <summary>The database engine, chosen by <c>Database:Provider</c>: SQLite for one node, PostgreSQL for several.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
