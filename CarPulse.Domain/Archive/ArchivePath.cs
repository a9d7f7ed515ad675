using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CarPulse.Domain.Archive;

/// <summary>
/// A file in an order's folder. Every segment is checked against a small safe alphabet, so a name that
/// came from outside (an invoice id from Tesla) can never climb out of the folder.
/// </summary>
public sealed partial record ArchivePath
{
    private ArchivePath(string orderReference, string name)
    {
        OrderReference = orderReference;
        Name = name;
    }

    public string OrderReference { get; }

    /// <summary>The file's name inside the order's folder, with <c>/</c> between segments.</summary>
    public string Name { get; }

    public static ArchivePath OrderRecord(string orderReference) => Create(orderReference, "order.json");

    public static ArchivePath VehicleReport(string orderReference, long vehicleId) =>
        Create(orderReference, $"{vehicleId.ToString(System.Globalization.CultureInfo.InvariantCulture)}.pdf");

    /// <summary>Tesla's invoice ids are opaque: the file is named by a hash of the id, not by the id itself.</summary>
    public static ArchivePath ChargingInvoice(string orderReference, string contentId) =>
        Create(orderReference, $"invoices/{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(contentId)))[..32]}.pdf");

    internal static ArchivePath Create(string orderReference, string name)
    {
        if (!SafeSegment().IsMatch(orderReference) || name.Split('/').Any(segment => !SafeSegment().IsMatch(segment)))
        {
            throw new ArgumentException($"'{orderReference}/{name}' is not a safe archive path.", nameof(name));
        }

        return new ArchivePath(orderReference, name);
    }

    public override string ToString() => $"{OrderReference}/{Name}";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex SafeSegment();
}
