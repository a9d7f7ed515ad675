using System.Security.Cryptography;
using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPulse.Domain.Verification;

/// <summary>Looks a verification code up for the public page; a malformed or unknown code, or one whose PDF was never written, finds nothing.</summary>
public sealed class ReportVerifier(CarPulseDb db)
{
    public async Task<ReportVerification?> FindAsync(string? code, CancellationToken cancellationToken)
    {
        var normal = ReportVerification.Normalise(code);
        if (normal is null)
        {
            return null;
        }

        var found = await db.ReportVerifications.AsNoTracking().SingleOrDefaultAsync(v => v.Code == normal, cancellationToken);
        return found is { IsIssued: true } ? found : null;
    }

    /// <summary>Whether a file someone holds is byte for byte the PDF we issued under this code.</summary>
    public static bool IsSameFile(ReportVerification verification, ReadOnlySpan<byte> file) =>
        Convert.ToHexStringLower(SHA256.HashData(file)) == verification.PdfSha256;
}
