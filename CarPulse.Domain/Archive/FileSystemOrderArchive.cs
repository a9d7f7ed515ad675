namespace CarPulse.Domain.Archive;

/// <summary>The archive as folders on a local disk: one folder per order under <see cref="ArchiveOptions.Directory"/>.</summary>
public sealed class FileSystemOrderArchive(string root) : IOrderArchive
{
    public async Task WriteAsync(ArchivePath path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var target = FullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(target) ?? root);
        // Written aside and moved into place: a reader never sees half a file, a crash never leaves one.
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, content.ToArray(), cancellationToken);
        File.Move(temporary, target, overwrite: true);
    }

    public async Task<byte[]?> ReadAsync(ArchivePath path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(FullPath(path), cancellationToken);
        }
        catch (Exception missing) when (missing is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public Task<bool> ExistsAsync(ArchivePath path, CancellationToken cancellationToken) => Task.FromResult(File.Exists(FullPath(path)));

    public Task DeleteOrderAsync(string orderReference, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(root, ArchivePath.OrderRecord(orderReference).OrderReference);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    public Task ProbeAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(root);
        return Task.CompletedTask;
    }

    private string FullPath(ArchivePath path) => Path.Combine([root, path.OrderReference, .. path.Name.Split('/')]);
}
