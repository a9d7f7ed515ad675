using CarPulse.Domain.Persistence;
using CarPulse.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Support;

/// <summary>A real SQLite file with a real Data Protection key ring, migrated like the app does at start.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly ITokenProtector _protector;
    private ServiceProvider? _services;

    public TestDatabase()
    {
        _protector = new DataProtectionTokenProtector(
            DataProtectionProvider.Create(new DirectoryInfo(System.IO.Path.Combine(_directory.Path, "keys"))));
        using var db = Open();
        db.Database.Migrate();
    }

    public string FilePath => System.IO.Path.Combine(_directory.Path, "carpulse.db");

    public CarPulseDb Open() => new(
        new DbContextOptionsBuilder<CarPulseDb>().UseSqlite($"Data Source={FilePath}").Options,
        _protector);

    /// <summary>Scopes that each open their own context on this database, as the app's container gives them.</summary>
    public IServiceScopeFactory Scopes() =>
        (_services ??= new ServiceCollection().AddScoped(_ => Open()).BuildServiceProvider()).GetRequiredService<IServiceScopeFactory>();

    /// <summary>Every byte SQLite has written for this database, including its journal files.</summary>
    public byte[] RawBytes()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return Directory.GetFiles(_directory.Path, "carpulse.db*").SelectMany(File.ReadAllBytes).ToArray();
    }

    public void Dispose()
    {
        _services?.Dispose();
        _directory.Dispose();
    }
}
