namespace CarPulse.Domain.Archive;

public sealed class ArchiveOptions
{
    public const string Section = "Archive";

    /// <summary>The archive's folder; a relative path is under the data directory.</summary>
    public string Directory { get; set; } = "archive";

    /// <summary>
    /// Days a paid order's reports, PDFs and invoices are kept (GDPR: no longer than needed). After that the
    /// archive folder and the report data are deleted; the payment record and the verification entry stay.
    /// </summary>
    public int RetentionDays { get; init; } = 365;

    /// <summary>How often the retention cleanup runs.</summary>
    public TimeSpan CleanupInterval { get; init; } = TimeSpan.FromHours(1);
}
