using System.Security.Claims;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CarPulse.Domain.Admin;

/// <summary>
/// The back office's voucher list and edits. Every call names the admin making it; every change is audited in
/// the same save. Quotes read vouchers from the database, so a change applies to the next quote.
/// </summary>
public sealed class VoucherAdministration(CarPulseDb db, TimeProvider clock, ILogger<VoucherAdministration> log)
{
    /// <exception cref="AdminAccessDenied">When <paramref name="admin"/> is not a signed-in admin.</exception>
    public async Task<IReadOnlyList<Voucher>> ListAsync(ClaimsPrincipal admin, CancellationToken cancellationToken)
    {
        AdminActor.Require(admin);
        return await db.Vouchers.AsNoTracking().OrderBy(voucher => voucher.Code).ToListAsync(cancellationToken);
    }

    /// <exception cref="AdminAccessDenied">When <paramref name="admin"/> is not a signed-in admin.</exception>
    /// <exception cref="VoucherInvalid">Naming the first field that is not valid, or a code already taken.</exception>
    public async Task<Voucher> CreateAsync(ClaimsPrincipal admin, VoucherDraft draft, CancellationToken cancellationToken)
    {
        var actor = AdminActor.Require(admin);
        var voucher = Voucher.Create(
            draft.Code, draft.Type, draft.Value, draft.Label, draft.Active, draft.ValidFrom, draft.ValidUntil, draft.MaxRedemptions);
        if (await db.Vouchers.AnyAsync(existing => existing.Code == voucher.Code, cancellationToken))
        {
            throw new VoucherInvalid("code", $"A voucher with the code {voucher.Code} already exists.");
        }

        db.Vouchers.Add(voucher);
        db.AuditEntries.Add(AuditEntry.Record<VoucherSnapshot>(
            actor, AuditEntry.VoucherEntity, voucher.Code, null, VoucherSnapshot.Of(voucher), clock.GetUtcNow()));
        await SaveAsync(voucher.Code, cancellationToken);
        log.LogInformation("Admin {AdminUsername} created voucher {VoucherCode}", actor.Username, voucher.Code);
        return voucher;
    }

    /// <summary>Changes everything but the code (and the redemption count, which only payments change).</summary>
    /// <exception cref="AdminAccessDenied">When <paramref name="admin"/> is not a signed-in admin.</exception>
    /// <exception cref="VoucherInvalid">Naming the first field that is not valid, or an unknown code.</exception>
    /// <exception cref="AdminEditConflict">When an order redeemed the voucher during the save.</exception>
    public async Task<Voucher> UpdateAsync(ClaimsPrincipal admin, VoucherDraft draft, CancellationToken cancellationToken)
    {
        var actor = AdminActor.Require(admin);
        var voucher = await FindAsync(draft.Code, cancellationToken);
        var before = VoucherSnapshot.Of(voucher);
        voucher.Update(draft.Type, draft.Value, draft.Label, draft.ValidFrom, draft.ValidUntil, draft.MaxRedemptions);
        SetActive(voucher, draft.Active);

        await AuditAndSaveAsync(actor, voucher, before, cancellationToken);
        return voucher;
    }

    /// <exception cref="AdminAccessDenied">When <paramref name="admin"/> is not a signed-in admin.</exception>
    /// <exception cref="VoucherInvalid">When no voucher has <paramref name="code"/>.</exception>
    /// <exception cref="AdminEditConflict">When an order redeemed the voucher during the save.</exception>
    public async Task<Voucher> SetActiveAsync(ClaimsPrincipal admin, string code, bool active, CancellationToken cancellationToken)
    {
        var actor = AdminActor.Require(admin);
        var voucher = await FindAsync(code, cancellationToken);
        var before = VoucherSnapshot.Of(voucher);
        SetActive(voucher, active);

        await AuditAndSaveAsync(actor, voucher, before, cancellationToken);
        return voucher;
    }

    private static void SetActive(Voucher voucher, bool active)
    {
        if (active)
        {
            voucher.Activate();
        }
        else
        {
            voucher.Deactivate();
        }
    }

    private async Task<Voucher> FindAsync(string code, CancellationToken cancellationToken)
    {
        var normalized = Voucher.Normalize(code);
        var voucher = Voucher.IsWellFormed(normalized) ? await db.Vouchers.SingleOrDefaultAsync(candidate => candidate.Code == normalized, cancellationToken) : null;
        return voucher
            ?? throw new VoucherInvalid("code", $"No voucher has the code {normalized}.");
    }

    private async Task AuditAndSaveAsync(AdminActor actor, Voucher voucher, VoucherSnapshot before, CancellationToken cancellationToken)
    {
        var after = VoucherSnapshot.Of(voucher);
        if (after == before)
        {
            return;
        }

        db.AuditEntries.Add(AuditEntry.Record(actor, AuditEntry.VoucherEntity, voucher.Code, before, after, clock.GetUtcNow()));
        await SaveAsync(voucher.Code, cancellationToken);
        log.LogInformation("Admin {AdminUsername} changed voucher {VoucherCode}", actor.Username, voucher.Code);
    }

    private async Task SaveAsync(string code, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new AdminEditConflict($"Voucher {code} was redeemed while you saved; nothing was changed. Please try again.");
        }
        catch (DbUpdateException duplicate) when (duplicate.IsUniqueViolation())
        {
            throw new VoucherInvalid("code", $"Voucher {code} could not be saved: another admin may have created it just now.");
        }
        finally
        {
            // A circuit keeps its context for the next call: nothing of this edit may linger as a stale tracked row.
            db.ChangeTracker.Clear();
        }
    }
}
