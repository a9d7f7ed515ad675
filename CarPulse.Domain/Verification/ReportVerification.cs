using System.Security.Cryptography;
using CarPulse.Domain.Pricing;

namespace CarPulse.Domain.Verification;

/// <summary>
/// What the public page <c>/verify/{code}</c> confirms about one vehicle PDF (SPEC §4): who issued it, when,
/// for which (masked) vehicle and package, and the SHA-256 of the exact file. It holds nothing personal
/// beyond the masked VIN, so it outlives the report's retention period.
/// </summary>
public sealed class ReportVerification
{
    public const int CodeLength = 10;

    private ReportVerification()
    {
        Code = string.Empty;
        OrderSessionId = string.Empty;
        OrderReference = string.Empty;
        MaskedVin = string.Empty;
        Model = string.Empty;
        PdfSha256 = string.Empty;
    }

    /// <summary>Ten random characters (50 bits): guessing one is hopeless, and the page is rate-limited.</summary>
    public string Code { get; private set; }
    public string OrderSessionId { get; private set; }
    public long VehicleId { get; private set; }
    public string OrderReference { get; private set; }
    public string MaskedVin { get; private set; }
    public string Model { get; private set; }
    public PackageName Package { get; private set; }

    /// <summary>When the report's data was fetched from Tesla.</summary>
    public DateTimeOffset ReportDate { get; private set; }

    /// <summary>Lowercase hex; empty until the PDF is written.</summary>
    public string PdfSha256 { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public string? RevokedReason { get; private set; }

    public bool IsIssued => PdfSha256.Length > 0;

    public static string NewCode() => Crockford.NewCode(CodeLength);

    /// <summary>A code is case-insensitive and may be typed with the letters Crockford lets people confuse.</summary>
    public static string? Normalise(string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 2 * CodeLength)
        {
            return null;
        }

        var normal = code.Trim().Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant()
            .Replace('O', '0').Replace('I', '1').Replace('L', '1');
        return normal.Length == CodeLength && normal.All(Crockford.Alphabet.Contains) ? normal : null;
    }

    internal static ReportVerification Reserve(
        string code, string orderSessionId, long vehicleId, string orderReference, string maskedVin, string model, PackageName package, DateTimeOffset reportDate) => new()
    {
        Code = code,
        OrderSessionId = orderSessionId,
        VehicleId = vehicleId,
        OrderReference = orderReference,
        MaskedVin = maskedVin,
        Model = model,
        Package = package,
        ReportDate = reportDate,
    };

    internal void Issue(byte[] pdf) => PdfSha256 = Convert.ToHexStringLower(SHA256.HashData(pdf));

    /// <summary>A later PDF of the same vehicle (after a retry) replaces this one; the page says so.</summary>
    public bool IsWithdrawn => RevokedReason == RevocationReason.Withdrawn;

    /// <summary>Withdrawal outranks replacement: a replaced report of a withdrawn order is withdrawn too.</summary>
    internal void Withdraw(DateTimeOffset now)
    {
        RevokedAt ??= now;
        RevokedReason = RevocationReason.Withdrawn;
    }

    internal void Revoke(string reason, DateTimeOffset now)
    {
        RevokedAt ??= now;
        RevokedReason ??= reason;
    }
}

/// <summary>Why a verification was revoked, as the page names it.</summary>
public static class RevocationReason
{
    public const string Superseded = "superseded";

    /// <summary>The customer deleted the order's data: the report no longer exists, and the page says its owner withdrew it.</summary>
    public const string Withdrawn = "withdrawn";
}
