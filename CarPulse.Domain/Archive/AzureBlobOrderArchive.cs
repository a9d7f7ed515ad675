using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace CarPulse.Domain.Archive;

/// <summary>
/// The archive in one Azure Blob Storage container, shared by every node: each file is the blob
/// <c>{order}/{name}</c>. An upload becomes visible whole or not at all, so a reader never sees half a PDF, and a
/// download returns the bytes as written (the verify page's SHA-256 holds). The container is created on first write.
/// When the storage cannot be reached the call fails as <see cref="EngineUnavailable"/>.
/// </summary>
public sealed class AzureBlobOrderArchive(BlobContainerClient container) : IOrderArchive
{
    public const string EngineName = "archive";

    public Task WriteAsync(ArchivePath path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) => Reach(async () =>
    {
        var blob = container.GetBlobClient(path.ToString());
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(content), overwrite: true, cancellationToken);
        }
        catch (RequestFailedException missing) when (missing.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await blob.UploadAsync(BinaryData.FromBytes(content), overwrite: true, cancellationToken);
        }
    });

    public Task<byte[]?> ReadAsync(ArchivePath path, CancellationToken cancellationToken) => Reach(async () =>
    {
        try
        {
            var download = await container.GetBlobClient(path.ToString()).DownloadContentAsync(cancellationToken);
            return download.Value.Content.ToArray();
        }
        catch (RequestFailedException missing) when (missing.Status == 404)
        {
            return (byte[]?)null;
        }
    });

    public Task<bool> ExistsAsync(ArchivePath path, CancellationToken cancellationToken) => Reach(async () =>
    {
        try
        {
            return (await container.GetBlobClient(path.ToString()).ExistsAsync(cancellationToken)).Value;
        }
        catch (RequestFailedException missing) when (missing.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            return false;
        }
    });

    public Task DeleteOrderAsync(string orderReference, CancellationToken cancellationToken) => Reach(async () =>
    {
        var prefix = ArchivePath.OrderRecord(orderReference).OrderReference + "/";
        try
        {
            await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken))
            {
                await container.DeleteBlobIfExistsAsync(blob.Name, DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
            }
        }
        catch (RequestFailedException missing) when (missing.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            // Nothing was ever written: nothing to delete.
        }
    });

    public Task ProbeAsync(CancellationToken cancellationToken) => Reach(() => container.CreateIfNotExistsAsync(cancellationToken: cancellationToken));

    public static BlobContainerClient Connect(string connectionString, string container) =>
        new(connectionString, container, new BlobClientOptions
        {
            // A customer waits for this: a few quick tries, then "briefly unavailable" rather than a minute of silence.
            Retry = { MaxRetries = 2, Delay = TimeSpan.FromMilliseconds(200), MaxDelay = TimeSpan.FromSeconds(2), NetworkTimeout = TimeSpan.FromSeconds(30) },
        });

    private static Task Reach(Func<Task> call) => Reach(async () =>
    {
        await call();
        return true;
    });

    /// <summary>A storage that does not answer, or answers with a server error, is an outage, not a missing file.</summary>
    private static async Task<T> Reach<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (RequestFailedException failed) when (failed.Status is 0 or >= 500)
        {
            throw new EngineUnavailable(EngineName, failed);
        }
        catch (AggregateException failed) when (failed.InnerExceptions.All(inner => inner is RequestFailedException or HttpRequestException))
        {
            throw new EngineUnavailable(EngineName, failed);
        }
    }
}
