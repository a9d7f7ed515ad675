using CarPulse.Domain.Persistence;
using CarPulse.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Support;

/// <summary>
/// A real database of its own with a real Data Protection key ring, migrated like the app does at start: a SQLite
/// file, or a fresh database on the test run's PostgreSQL cluster (<see cref="TestPostgres"/>).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly ITokenProtector _protector;
    private ServiceProvider? _services;

    public TestDatabase(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        Provider = provider;
        ConnectionString = provider == DatabaseProvider.PostgreSql ? TestPostgres.CreateDatabase() : $"Data Source={FilePath}";
        _protector = new DataProtectionTokenProtector(
            DataProtectionProvider.Create(new DirectoryInfo(System.IO.Path.Combine(_directory.Path, "keys"))));
        using var db = Open();
        db.Database.Migrate();
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    private string FilePath => System.IO.Path.Combine(_directory.Path, "carpulse.db");

    public CarPulseDb Open() => Provider == DatabaseProvider.PostgreSql
        ? PostgreSqlCarPulseDb.Open(ConnectionString, _protector)
        : SqliteCarPulseDb.Open(ConnectionString, _protector);

    /// <summary>Scopes that each open their own context on this database, as the app's container gives them.</summary>
    public IServiceScopeFactory Scopes() =>
        (_services ??= new ServiceCollection().AddScoped(_ => Open()).BuildServiceProvider()).GetRequiredService<IServiceScopeFactory>();

    /// <summary>Every byte the engine has written for this database: SQLite's file and journals, PostgreSQL's files after a checkpoint.</summary>
    public byte[] RawBytes()
    {
        if (Provider == DatabaseProvider.PostgreSql)
        {
            return Directory.GetFiles(TestPostgres.DatabaseDirectory(ConnectionString)).SelectMany(File.ReadAllBytes).ToArray();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return Directory.GetFiles(_directory.Path, "carpulse.db*").SelectMany(File.ReadAllBytes).ToArray();
    }

    public void Dispose()
    {
        _services?.Dispose();
        if (Provider == DatabaseProvider.PostgreSql)
        {
            TestPostgres.DropDatabase(ConnectionString);
        }

        _directory.Dispose();
    }
}
