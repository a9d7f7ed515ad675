using System.Security.Cryptography;
using CarPulse.Domain;
using CarPulse.Domain.Archive;
using CarPulse.Tests.Support;
using CarPulse.Tests.Support.Engines;

namespace CarPulse.Tests.Domain.Archive;

/// <summary>What every <see cref="IOrderArchive"/> does: the folder archive and the blob archive (on Azurite) pass the same tests.</summary>
public abstract class OrderArchiveContract : IAsyncLifetime
{
    private IOrderArchive? _archive;

    private IOrderArchive Archive => _archive ?? throw new InvalidOperationException("Not started.");

    protected abstract Task<IOrderArchive> CreateArchiveAsync();

    public async Task InitializeAsync() => _archive = await CreateArchiveAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_written_pdf_reads_back_byte_for_byte_so_its_sha256_still_matches()
    {
        var pdf = RandomNumberGenerator.GetBytes(3 * 1024 * 1024 + 17);
        var path = ArchivePath.VehicleReport("CP-7Q2K9M4X", 123456789012345);

        await Archive.WriteAsync(path, pdf, CancellationToken.None);
        var read = await Archive.ReadAsync(path, CancellationToken.None);

        Assert.Equal(SHA256.HashData(pdf), SHA256.HashData(read ?? []));
        Assert.True(await Archive.ExistsAsync(path, CancellationToken.None));
    }

    [Fact]
    public async Task A_file_never_written_reads_as_nothing()
    {
        var path = ArchivePath.OrderRecord("CP-NEVERSEEN");

        Assert.Null(await Archive.ReadAsync(path, CancellationToken.None));
        Assert.False(await Archive.ExistsAsync(path, CancellationToken.None));
    }

    [Fact]
    public async Task Writing_again_replaces_the_file()
    {
        var path = ArchivePath.OrderRecord("CP-REWRITTEN");

        await Archive.WriteAsync(path, "first"u8.ToArray(), CancellationToken.None);
        await Archive.WriteAsync(path, "second"u8.ToArray(), CancellationToken.None);

        Assert.Equal("second"u8.ToArray(), await Archive.ReadAsync(path, CancellationToken.None));
    }

    [Fact]
    public async Task Deleting_an_order_removes_its_record_pdfs_and_invoices_and_leaves_other_orders_alone()
    {
        var gone = new[] { ArchivePath.OrderRecord("CP-GONE"), ArchivePath.VehicleReport("CP-GONE", 1), ArchivePath.ChargingInvoice("CP-GONE", "invoice-1") };
        var kept = ArchivePath.OrderRecord("CP-GONE2");
        foreach (var path in gone.Append(kept))
        {
            await Archive.WriteAsync(path, "{}"u8.ToArray(), CancellationToken.None);
        }

        await Archive.DeleteOrderAsync("CP-GONE", CancellationToken.None);
        await Archive.DeleteOrderAsync("CP-NOTHING-STORED", CancellationToken.None);

        foreach (var path in gone)
        {
            Assert.False(await Archive.ExistsAsync(path, CancellationToken.None), $"{path} is still there.");
        }

        Assert.True(await Archive.ExistsAsync(kept, CancellationToken.None));
    }

    [Fact]
    public async Task A_reachable_archive_passes_its_probe() => await Archive.ProbeAsync(CancellationToken.None);
}

public sealed class FileSystemOrderArchiveTests : OrderArchiveContract
{
    private readonly TemporaryDirectory _directory = new();

    protected override Task<IOrderArchive> CreateArchiveAsync() => Task.FromResult<IOrderArchive>(new FileSystemOrderArchive(_directory.Path));

    public override Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The blob archive on Azurite: the run's shared emulator, a container per test.</summary>
public sealed class AzureBlobOrderArchiveTests : OrderArchiveContract
{
    protected override async Task<IOrderArchive> CreateArchiveAsync()
    {
        var azurite = await AzuriteServer.Shared;
        return new AzureBlobOrderArchive(AzureBlobOrderArchive.Connect(azurite.ConnectionString, AzuriteServer.NewContainer()));
    }
}

/// <summary>Blob storage that goes away and comes back: an outage, said as one, and over when the engine is back.</summary>
public sealed class AzureBlobOutageTests : IDisposable
{
    private readonly AzuriteServer _azurite = new();

    [Fact]
    public async Task While_blob_storage_is_down_reads_and_the_probe_fail_as_an_engine_outage_and_afterwards_the_files_are_there()
    {
        await _azurite.StartAsync();
        var archive = new AzureBlobOrderArchive(AzureBlobOrderArchive.Connect(_azurite.ConnectionString, AzuriteServer.NewContainer()));
        var path = ArchivePath.OrderRecord("CP-OUTAGE");
        await archive.WriteAsync(path, "{}"u8.ToArray(), CancellationToken.None);

        _azurite.Stop();
        var read = await Assert.ThrowsAsync<EngineUnavailable>(() => archive.ReadAsync(path, CancellationToken.None));
        var probe = await Assert.ThrowsAsync<EngineUnavailable>(() => archive.ProbeAsync(CancellationToken.None));
        await _azurite.StartAsync();

        Assert.Equal("archive", read.Engine);
        Assert.Equal("archive", probe.Engine);
        Assert.Equal("{}"u8.ToArray(), await archive.ReadAsync(path, CancellationToken.None));
    }

    public void Dispose() => _azurite.Dispose();
}
