using CarPulse.Domain.Funnel;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Pricing;

public sealed record CatalogPackage(Package Package, IReadOnlyList<TierBand> Tiers);

/// <summary>What one package costs for a given number of vehicles, and the band that price comes from.</summary>
public sealed record PackagePrice(Package Package, long PriceCents, TierLabel TierLabel);

public sealed record PriceCatalog(string Currency, VatRate Vat, IReadOnlyList<CatalogPackage> Packages);

/// <summary>The outcome of looking up a voucher code: the voucher when usable, otherwise why not.</summary>
public sealed record VoucherCheck(string Code, Voucher? Voucher, VoucherRefusal? Refusal)
{
    public bool IsUsable => Refusal is null && Voucher is not null;
}

/// <summary>Answers price questions for the API and the UI: catalog, voucher checks, and the quote for a session.</summary>
public sealed class PricingService(
    ITierTableSource tiers,
    IOptionsMonitor<PricingOptions> options,
    CarPulseDb db,
    OrderSessionStore orders,
    ICheckoutCloser checkouts,
    FunnelRecorder funnel,
    TimeProvider clock)
{
    public async Task<PriceCatalog> GetCatalogAsync(CancellationToken cancellationToken)
    {
        var table = await tiers.GetAsync(cancellationToken);
        var packages = PackageCatalog.All.Select(package => new CatalogPackage(package, table.BandsFor(package.Name))).ToList();
        return new PriceCatalog(options.CurrentValue.Currency, Vat, packages);
    }

    /// <summary>Every package's price for <paramref name="vehicleCount"/> vehicles, before any voucher.</summary>
    public async Task<IReadOnlyList<PackagePrice>> PricesForAsync(int vehicleCount, CancellationToken cancellationToken)
    {
        var table = await tiers.GetAsync(cancellationToken);
        return PackageCatalog.All.Select(package =>
        {
            var band = table.Lookup(package.Name, vehicleCount);
            return new PackagePrice(package, band.PriceCents, table.LabelFor(package.Name, band));
        }).ToList();
    }

    public async Task<VoucherCheck> CheckVoucherAsync(string code, CancellationToken cancellationToken)
    {
        var normalized = Voucher.Normalize(code);
        var voucher = Voucher.IsWellFormed(normalized)
            ? await db.Vouchers.AsNoTracking().SingleOrDefaultAsync(v => v.Code == normalized, cancellationToken)
            : null;
        var refusal = voucher is null ? VoucherRefusal.Unknown : voucher.CheckUsable(clock.GetUtcNow());
        return new VoucherCheck(normalized, refusal is null ? voucher : null, refusal);
    }

    /// <summary>
    /// Prices the session's current selection, stores the quote on the session and returns it. A new quote closes the
    /// checkout open for the old one; the same quote again writes nothing.
    /// </summary>
    public async Task<Quote> QuoteAsync(string sessionId, string? voucherCode, CancellationToken cancellationToken)
    {
        var quote = await orders.ChangeAsync(
            sessionId,
            async session =>
            {
                if (session.Package is not { } package)
                {
                    throw new OrderConflict(session.Status, "quote");
                }

                Voucher? voucher = null;
                if (!string.IsNullOrWhiteSpace(voucherCode))
                {
                    var check = await CheckVoucherAsync(voucherCode, cancellationToken);
                    voucher = check.Voucher ?? throw new VoucherNotUsable(check.Refusal ?? VoucherRefusal.Unknown);
                }

                var now = clock.GetUtcNow();
                var table = await tiers.GetAsync(cancellationToken);
                var priced = QuoteCalculator.Calculate(table, package, session.SelectedVehicleIds.Count, voucher, now, Vat, options.CurrentValue.Currency);
                await checkouts.ChangeTermsAsync(session, () => session.ApplyQuote(priced, now), cancellationToken);
                return priced;
            },
            cancellationToken);
        await funnel.OrderReachedAsync(FunnelStep.QuoteViewed, sessionId);
        if (quote.Voucher is not null)
        {
            await funnel.OrderReachedAsync(FunnelStep.VoucherApplied, sessionId);
        }

        return quote;
    }

    private VatRate Vat => new(options.CurrentValue.VatPercent);
}
