using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Payments;

/// <summary>Builds the receipt of a paid order from what was recorded when it was paid, whatever prices or vouchers say today.</summary>
public sealed class ReceiptService(CarPulseDb db, OrderSessionStore sessions, IOptionsMonitor<CompanyOptions> company, IOptionsMonitor<PricingOptions> pricing)
{
    public async Task<Receipt> GetAsync(string sessionId, CancellationToken cancellationToken)
    {
        var session = await sessions.ReadLiveAsync(sessionId, cancellationToken);
        var payment = await db.Payments.AsNoTracking()
            .SingleOrDefaultAsync(p => p.OrderSessionId == sessionId && p.Status == PaymentStatus.Succeeded, cancellationToken);
        if (payment is null || session.Quote is not { } quote)
        {
            throw new OrderConflict(session.Status, "issue a receipt");
        }

        return new Receipt(
            OrderReference.ReceiptNumber(session.Reference),
            TimeZoneInfo.ConvertTime(payment.RecordedAt, company.CurrentValue.Zone),
            company.CurrentValue.ToDetails(),
            payment.CustomerEmail,
            new ReceiptLine(quote.Package, quote.VehicleCount, quote.TierLabel, quote.TierPriceCents),
            await DiscountAsync(quote, cancellationToken),
            payment.AmountCents,
            quote.VatCents,
            pricing.CurrentValue.VatPercent,
            payment.Currency,
            payment.Provider == PaymentProvider.Demo ? "demo" : payment.Method,
            session.Reference);
    }

    private async Task<ReceiptDiscount?> DiscountAsync(OrderQuote quote, CancellationToken cancellationToken)
    {
        if (quote.VoucherCode is not { } code)
        {
            return null;
        }

        var label = await db.Vouchers.Where(v => v.Code == code).Select(v => v.Label).SingleOrDefaultAsync(cancellationToken);
        return new ReceiptDiscount(code, label ?? code, quote.DiscountCents);
    }
}
