using System.Security.Claims;
using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPulse.Domain.Admin;

/// <summary>Reads the record of voucher and price changes for the back office.</summary>
public sealed class AuditTrail(CarPulseDb db)
{
    /// <summary>The newest <paramref name="count"/> changes, newest first.</summary>
    /// <exception cref="AdminAccessDenied">When <paramref name="admin"/> is not a signed-in admin.</exception>
    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(ClaimsPrincipal admin, int count, CancellationToken cancellationToken)
    {
        AdminActor.Require(admin);
        return await db.AuditEntries.AsNoTracking().OrderByDescending(entry => entry.Id).Take(count).ToListAsync(cancellationToken);
    }
}
