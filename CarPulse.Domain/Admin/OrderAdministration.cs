using System.Security.Claims;
using CarPulse.Domain.Archive;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Pricing;
using CarPulse.Domain.Reports;
using CarPulse.Domain.Vehicles;
using CarPulse.Domain.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CarPulse.Domain.Admin;

/// <summary>A paid order as the search lists it; a complete order can still hold failed or partial reports.</summary>
public sealed record OrderSummary(
    string Reference, OrderStatus Status, DateTimeOffset CreatedAt, string? Package, int VehicleCount, long? TotalCents, string? Currency,
    IReadOnlyList<string> MaskedVins, bool FlaggedForReview, int FailedReports, int PartialReports, int Refunds);

/// <summary>One vehicle of an order: its report's state and the PDF's verification code.</summary>
public sealed record OrderVehicleDetail(
    long VehicleId, string DisplayName, string Model, string MaskedVin, VehicleReportStatus? ReportStatus,
    IReadOnlyDictionary<string, string> Missing, string? VerificationCode, bool PdfArchived);

/// <summary>What the audit trail records of a support action on an order: the order's status then, and the action.</summary>
public sealed record OrderAction(string Status, string Action)
{
    public const string RebuildQueued = "rebuild_queued";
    public const string CustomerLinkCopied = "customer_link_copied";
    public const string RefundRetried = "refund_retried";
    public const string ConfirmationResent = "confirmation_resent";
    public const string ReportLinkResent = "report_link_resent";
}

/// <summary>Everything support needs about one order, and nothing of the customer's Tesla account.</summary>
public sealed record OrderDetail(
    OrderSession Session, IReadOnlyList<Payment> Payments, IReadOnlyList<PaymentAttempt> Attempts,
    IReadOnlyList<OrderVehicleDetail> Vehicles, bool OrderRecordArchived, ReportJob? Job);

/// <summary>
/// The back office's orders: search by order reference, session id, payment or checkout id, masked VIN or day;
/// an order's detail; a new build of what failed; a refund that the provider did not take yet. Only orders that
/// reached payment, or received money (a refunded payment for an order that changed), are listed.
/// </summary>
public sealed class OrderAdministration(
    CarPulseDb db, IOrderArchive archive, ReportQueue queue, PaymentRefunds refunds, TimeProvider clock, ILogger<OrderAdministration> log)
{
    public const int MaxResults = 100;

    /// <param name="query">
    /// An order reference (<c>CP-…</c>), a receipt number (<c>R-…</c>), a PDF's verification code, a session id, a payment or
    /// checkout id, or a VIN (full, masked with <c>****</c>, or as in a file name with <c>xxxx</c>); empty for all.
    /// </param>
    /// <param name="day">Orders created that UTC day.</param>
    /// <exception cref="AdminAccessDenied">When <paramref name="admin"/> is not a signed-in admin.</exception>
    public async Task<IReadOnlyList<OrderSummary>> SearchAsync(ClaimsPrincipal admin, string? query, DateOnly? day, CancellationToken cancellationToken)
    {
        AdminActor.Require(admin);
        var orders = db.OrderSessions.AsNoTracking()
            .Where(s => (s.Status != OrderStatus.Connected && s.Status != OrderStatus.VehiclesSelected) || db.Payments.Any(p => p.OrderSessionId == s.Id));
        if (day is { } date)
        {
            var start = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            orders = orders.Where(s => s.CreatedAt >= start && s.CreatedAt < start.AddDays(1));
        }

        var term = query?.Trim() ?? string.Empty;
        if (term.Length > 0)
        {
            var ids = await MatchingSessionIdsAsync(term, cancellationToken);
            orders = orders.Where(s => ids.Contains(s.Id));
        }

        var found = await orders.OrderByDescending(s => s.CreatedAt).Take(MaxResults).ToListAsync(cancellationToken);
        var foundIds = found.Select(s => s.Id).ToList();
        var unusual = await db.Payments.AsNoTracking()
            .Where(p => foundIds.Contains(p.OrderSessionId) && p.Status != PaymentStatus.Succeeded)
            .Select(p => new { p.OrderSessionId, p.Status }).ToListAsync(cancellationToken);
        var incomplete = await db.VehicleReports.AsNoTracking()
            .Where(r => foundIds.Contains(r.OrderSessionId) && r.Status != VehicleReportStatus.Complete)
            .Select(r => new { r.OrderSessionId, r.Status }).ToListAsync(cancellationToken);
        return found.Select(s => new OrderSummary(
            s.Reference, s.Status, s.CreatedAt, s.Package?.ToWireName(), s.SelectedVehicleIds.Count, s.Quote?.TotalCents, s.Quote?.Currency,
            s.SelectedVehicles.Select(v => v.MaskedVin).ToList(),
            unusual.Any(p => p.OrderSessionId == s.Id && p.Status == PaymentStatus.FlaggedForReview),
            incomplete.Count(r => r.OrderSessionId == s.Id && r.Status == VehicleReportStatus.Failed),
            incomplete.Count(r => r.OrderSessionId == s.Id && r.Status == VehicleReportStatus.Partial),
            unusual.Count(p => p.OrderSessionId == s.Id && p.Status is PaymentStatus.RefundPending or PaymentStatus.Refunded))).ToList();
    }

    /// <exception cref="AdminAccessDenied">When <paramref name="admin"/> is not a signed-in admin.</exception>
    /// <exception cref="OrderNotFound">When no order has this reference.</exception>
    public async Task<OrderDetail> GetAsync(ClaimsPrincipal admin, string reference, CancellationToken cancellationToken)
    {
        AdminActor.Require(admin);
        var session = await FindAsync(reference, cancellationToken);
        var payments = await db.Payments.AsNoTracking().Where(p => p.OrderSessionId == session.Id).OrderBy(p => p.RecordedAt).ToListAsync(cancellationToken);
        var attempts = await db.PaymentAttempts.AsNoTracking().Where(a => a.OrderSessionId == session.Id).OrderBy(a => a.Number).ToListAsync(cancellationToken);
        var reports = await db.VehicleReports.AsNoTracking().Where(r => r.OrderSessionId == session.Id).ToDictionaryAsync(r => r.VehicleId, cancellationToken);
        var codes = await db.ReportVerifications.AsNoTracking()
            .Where(v => v.OrderSessionId == session.Id && v.RevokedAt == null && v.PdfSha256 != string.Empty)
            .ToDictionaryAsync(v => v.VehicleId, v => v.Code, cancellationToken);
        var vehicles = new List<OrderVehicleDetail>();
        foreach (var vehicle in session.SelectedVehicles)
        {
            var report = reports.GetValueOrDefault(vehicle.Id);
            vehicles.Add(new OrderVehicleDetail(
                vehicle.Id, vehicle.DisplayName, vehicle.Model, vehicle.MaskedVin, report?.Status,
                report?.Missing ?? new Dictionary<string, string>(), codes.GetValueOrDefault(vehicle.Id),
                await archive.ExistsAsync(ArchivePath.VehicleReport(session.Reference, vehicle.Id), cancellationToken)));
        }

        var job = await db.ReportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.OrderSessionId == session.Id, cancellationToken);
        var recorded = await archive.ExistsAsync(ArchivePath.OrderRecord(session.Reference), cancellationToken);
        return new OrderDetail(session, payments, attempts, vehicles, recorded, job);
    }

    /// <summary>
    /// Builds again what is missing: a paid order whose build stopped, or a complete one with missing parts while the
    /// Tesla connection still exists. Once the report is done the tokens are gone, so only the customer can reconnect.
    /// </summary>
    /// <exception cref="AdminAccessDenied">When <paramref name="admin"/> is not a signed-in admin.</exception>
    /// <exception cref="AdminEditConflict">When the order has no Tesla connection to build with.</exception>
    public async Task RetryAsync(ClaimsPrincipal admin, string reference, CancellationToken cancellationToken)
    {
        var actor = AdminActor.Require(admin);
        var session = await FindAsync(reference, cancellationToken);
        if (session.Status.IsUnpaid())
        {
            throw new AdminEditConflict("This order is not paid: there is nothing to build.");
        }

        if (session.Tokens is null)
        {
            throw new AdminEditConflict(
                "The order has no Tesla connection any more (it is deleted when the report is done, or Tesla refused it). "
                + "Ask the customer to open their report link and use Retry (or Reconnect): they sign in to Tesla once more and pay nothing.");
        }

        await queue.RequeueAsync(session.Id, ReportWork.Build | ReportWork.RetryMissing, cancellationToken);
        await AuditAsync(actor, session, OrderAction.RebuildQueued, cancellationToken);
        log.LogInformation("Admin {AdminUsername} queued a new build of order {OrderReference}", actor.Username, session.Reference);
    }

    /// <summary>Asks the provider again for a refund it did not take automatically (it was down when the payment arrived).</summary>
    /// <exception cref="AdminAccessDenied">When <paramref name="admin"/> is not a signed-in admin.</exception>
    /// <exception cref="AdminEditConflict">When the order has no refund due.</exception>
    /// <exception cref="PaymentProviderUnavailable">When the provider still does not answer.</exception>
    public async Task RefundDueAsync(ClaimsPrincipal admin, string reference, CancellationToken cancellationToken)
    {
        var actor = AdminActor.Require(admin);
        var session = await FindAsync(reference, cancellationToken);
        var due = await db.Payments.AsNoTracking()
            .Where(p => p.OrderSessionId == session.Id && p.Status == PaymentStatus.RefundPending)
            .Select(p => p.Id).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            throw new AdminEditConflict("This order has no refund due.");
        }

        foreach (var payment in due)
        {
            await refunds.RefundIfDueAsync(payment, cancellationToken);
        }

        await AuditAsync(actor, session, OrderAction.RefundRetried, cancellationToken);
        log.LogInformation("Admin {AdminUsername} refunded {RefundCount} payment(s) of order {OrderReference}", actor.Username, due.Count, session.Reference);
    }

    /// <summary>An archived file of the order (order.json or a vehicle's PDF), for support to send on.</summary>
    /// <exception cref="AdminAccessDenied">When <paramref name="admin"/> is not a signed-in admin.</exception>
    public async Task<byte[]?> ReadArchiveAsync(ClaimsPrincipal admin, string reference, long? vehicleId, CancellationToken cancellationToken)
    {
        AdminActor.Require(admin);
        var session = await FindAsync(reference, cancellationToken);
        if (vehicleId is { } id && !session.SelectedVehicleIds.Contains(id))
        {
            return null;
        }

        return await archive.ReadAsync(
            vehicleId is { } vehicle ? ArchivePath.VehicleReport(session.Reference, vehicle) : ArchivePath.OrderRecord(session.Reference), cancellationToken);
    }

    /// <summary>
    /// The path of the customer's order page. It holds their bearer secret, so handing it out is an audited action.
    /// </summary>
    /// <exception cref="AdminAccessDenied">When <paramref name="admin"/> is not a signed-in admin.</exception>
    public async Task<string> CustomerLinkAsync(ClaimsPrincipal admin, string reference, CancellationToken cancellationToken)
    {
        var actor = AdminActor.Require(admin);
        var session = await FindAsync(reference, cancellationToken);
        await AuditAsync(actor, session, OrderAction.CustomerLinkCopied, cancellationToken);
        log.LogInformation("Admin {AdminUsername} copied the report link of order {OrderReference}", actor.Username, session.Reference);
        return $"/order/{session.Id}";
    }

    private async Task AuditAsync(AdminActor actor, OrderSession session, string action, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(AuditEntry.Record<OrderAction>(
            actor, AuditEntry.OrderEntity, session.Reference, null, new OrderAction(session.Status.ToWireName(), action), clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private async Task<OrderSession> FindAsync(string reference, CancellationToken cancellationToken)
    {
        var normal = reference.Trim().ToUpperInvariant();
        return await db.OrderSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Reference == normal, cancellationToken) ?? throw new OrderNotFound();
    }

    private async Task<List<string>> MatchingSessionIdsAsync(string term, CancellationToken cancellationToken)
    {
        var upper = term.ToUpperInvariant();
        var reference = OrderReference.FromReceiptNumber(upper);
        var byOrder = await db.OrderSessions.AsNoTracking().Where(s => s.Reference == reference || s.Id == term).Select(s => s.Id).ToListAsync(cancellationToken);
        var byCode = ReportVerification.Normalise(term) is { } code
            ? await db.ReportVerifications.AsNoTracking().Where(v => v.Code == code).Select(v => v.OrderSessionId).ToListAsync(cancellationToken)
            : [];
        var byPayment = await db.Payments.AsNoTracking().Where(p => p.ProviderPaymentId == term).Select(p => p.OrderSessionId).ToListAsync(cancellationToken);
        var byAttempt = await db.PaymentAttempts.AsNoTracking().Where(a => a.Id == term || a.CheckoutId == term).Select(a => a.OrderSessionId).ToListAsync(cancellationToken);
        return [.. byOrder, .. byCode, .. byPayment, .. byAttempt, .. await MatchingVinAsync(term.TrimEnd('x').ToUpperInvariant(), cancellationToken)];
    }

    /// <summary>A full VIN, or a masked one (<c>5YJ3E1EA7KF32****</c>): the visible part is the VIN's start.</summary>
    private async Task<List<string>> MatchingVinAsync(string term, CancellationToken cancellationToken)
    {
        var visible = term.TrimEnd('*');
        if (visible.Length < 11 || visible.Length > Vin.Length || !visible.All(char.IsAsciiLetterOrDigit))
        {
            return [];
        }

        return await db.OrderSessions.AsNoTracking()
            .Where(s => s.Vehicles.Any(v => v.Vin.StartsWith(visible)))
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);
    }
}
