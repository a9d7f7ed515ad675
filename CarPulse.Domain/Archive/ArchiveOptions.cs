namespace CarPulse.Domain.Archive;

/// <summary>Where the archive lives: folders on this machine's disk, or one Azure Blob Storage container for every node.</summary>
public enum ArchiveProvider
{
    FileSystem,
    AzureBlob,
}

public sealed class ArchiveOptions
{
    public const string Section = "Archive";

    public ArchiveProvider Provider { get; init; } = ArchiveProvider.FileSystem;

    /// <summary>The archive's folder (<see cref="ArchiveProvider.FileSystem"/>); a relative path is under the data directory.</summary>
    public string Directory { get; set; } = "archive";

    /// <summary>The storage account's connection string (<see cref="ArchiveProvider.AzureBlob"/>).</summary>
    public string? ConnectionString { get; init; }

    /// <summary>The blob container every node writes to (<see cref="ArchiveProvider.AzureBlob"/>); created when missing.</summary>
    public string? Container { get; init; }

    /// <summary>
    /// Days a paid order's reports, PDFs and invoices are kept (GDPR: no longer than needed). After that the
    /// archive folder and the report data are deleted; the payment record and the verification entry stay.
    /// </summary>
    public int RetentionDays { get; init; } = 365;

    /// <summary>How often the retention cleanup runs.</summary>
    public TimeSpan CleanupInterval { get; init; } = TimeSpan.FromHours(1);
}
