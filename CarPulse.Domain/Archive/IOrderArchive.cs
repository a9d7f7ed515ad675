namespace CarPulse.Domain.Archive;

/// <summary>
/// Where every paid order's records are kept, whether or not the customer downloads anything (SPEC §4):
/// <c>{order}/order.json</c>, <c>{order}/{vehicle_id}.pdf</c> and Tesla's charging invoices under
/// <c>{order}/invoices/</c>. <c>{order}</c> is the order's public reference, never its session id. The file
/// system is the default (<see cref="FileSystemOrderArchive"/>); Azure Blob Storage takes its place when the app runs on
/// more than one machine (<see cref="AzureBlobOrderArchive"/>), chosen by <c>Archive:Provider</c>.
/// </summary>
public interface IOrderArchive
{
    Task WriteAsync(ArchivePath path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The stored bytes, or null when nothing is stored under <paramref name="path"/>.</summary>
    Task<byte[]?> ReadAsync(ArchivePath path, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(ArchivePath path, CancellationToken cancellationToken);

    /// <summary>Removes the order's folder and everything in it; an order with nothing stored is fine.</summary>
    Task DeleteOrderAsync(string orderReference, CancellationToken cancellationToken);

    /// <summary>Throws when the archive cannot be reached (<c>/health</c> asks).</summary>
    Task ProbeAsync(CancellationToken cancellationToken);
}
