using CarPulse.Domain.Archive;

namespace CarPulse.Tests.Domain.Archive;

public sealed class ArchivePathTests
{
    [Theory]
    [InlineData("../CP-12345678")]
    [InlineData("CP-1/../../etc")]
    [InlineData("")]
    [InlineData(".hidden")]
    public void An_order_folder_that_could_leave_the_archive_is_refused(string reference) =>
        Assert.Throws<ArgumentException>(() => ArchivePath.OrderRecord(reference));

    [Fact]
    public void An_invoice_is_filed_under_a_hash_of_teslas_id_so_any_id_stays_inside_the_order_folder()
    {
        var path = ArchivePath.ChargingInvoice("CP-12345678", "../../../etc/passwd");

        Assert.Equal("CP-12345678", path.OrderReference);
        Assert.Matches("^invoices/[0-9a-f]{32}\\.pdf$", path.Name);
        Assert.NotEqual(path, ArchivePath.ChargingInvoice("CP-12345678", "../../../etc/passwd2"));
    }

    [Fact]
    public async Task The_file_system_archive_reads_back_what_it_wrote_and_deletes_an_order_whole()
    {
        using var directory = new CarPulse.Tests.Support.TemporaryDirectory();
        var archive = new FileSystemOrderArchive(directory.Path);
        var pdf = ArchivePath.VehicleReport("CP-12345678", 42);

        await archive.WriteAsync(pdf, "%PDF"u8.ToArray(), CancellationToken.None);

        Assert.True(await archive.ExistsAsync(pdf, CancellationToken.None));
        Assert.Equal("%PDF"u8.ToArray(), await archive.ReadAsync(pdf, CancellationToken.None));
        Assert.Empty(Directory.GetFiles(Path.Combine(directory.Path, "CP-12345678"), "*.tmp"));
        await archive.DeleteOrderAsync("CP-12345678", CancellationToken.None);
        Assert.Null(await archive.ReadAsync(pdf, CancellationToken.None));
        await archive.DeleteOrderAsync("CP-12345678", CancellationToken.None);
    }
}
