using System.Globalization;
using CarPulse.Domain.Documents.Layout;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Pricing;
using SkiaSharp;

namespace CarPulse.Domain.Documents;

/// <summary>A paid order's receipt as a PDF in the customer's language (SPEC §5): seller, what was bought, VAT breakdown, how it was paid.</summary>
public static class ReceiptDocument
{
    public static PagedDocument Compose(Receipt receipt, CultureInfo culture)
    {
        var seller = receipt.Seller;
        var title = DocumentText.Format("Receipt {0}", culture, receipt.Number);
        var info = new DocumentInfo(title, receipt.IssuedAt) { Subject = seller.Name };
        var frame = new PageFrame(seller.Name, title, culture) { FooterNote = $"{seller.Name} · {seller.Website}" };
        IBlock[] blocks =
        [
            new Heading(DocumentText.Get("Receipt", culture)),
            new KeepTogether(
            [
                new Paragraph(seller.Name) { Style = DocumentStyles.Strong },
                new Paragraph(string.Join('\n', SellerLines(seller, culture))) { SpaceBefore = 2 },
            ]),
            new KeyValueGrid(Details(receipt, culture)) { SpaceBefore = 16 },
            new Table(
                [
                    new TableColumn(DocumentText.Get("Description", culture), 3),
                    new TableColumn(DocumentText.Get("Amount", culture), 1, SKTextAlign.Right),
                ],
                Rows(receipt, culture)) { SpaceBefore = 18 },
            new Paragraph(DocumentText.Get("Prices include VAT.", culture)) { Style = DocumentStyles.Small, SpaceBefore = 10 },
        ];
        return new PagedDocument(info, frame, blocks);
    }

    private static IEnumerable<string> SellerLines(CompanyDetails seller, CultureInfo culture) =>
    [
        seller.Address,
        DocumentText.Format("Business ID (Y-tunnus) {0}", culture, seller.BusinessId),
        DocumentText.Format("VAT number {0}", culture, seller.VatNumber),
        seller.Email,
        seller.Website,
    ];

    private static List<KeyValue> Details(Receipt receipt, CultureInfo culture)
    {
        var details = new List<KeyValue>
        {
            new(DocumentText.Get("Receipt number", culture), receipt.Number),
            new(DocumentText.Get("Date", culture), receipt.IssuedAt.ToString("d", culture)),
            new(DocumentText.Get("Order reference", culture), receipt.OrderReference),
            new(DocumentText.Get("Payment method", culture), PaymentMethodLabel.For(receipt.PaymentMethod, culture)),
        };
        if (receipt.CustomerEmail is { } email)
        {
            details.Add(new(DocumentText.Get("Customer", culture), email));
        }

        return details;
    }

    private static List<TableRow> Rows(Receipt receipt, CultureInfo culture)
    {
        string Money(long cents) => MoneyText.Format(cents, receipt.Currency, culture);
        var line = receipt.Line;
        var description = DocumentText.Format("{0} report — {1}", culture, PackageCatalog.Get(line.Package).Title, VehicleCountText.Vehicles(line.VehicleCount, culture))
            + "\n" + DocumentText.Format("Price tier: {0}", culture, VehicleCountText.Tier(line.TierLabel, culture));
        var rows = new List<TableRow> { new([description, Money(line.AmountCents)]) };
        if (receipt.Discount is { } discount)
        {
            // The same minus sign as the web quote, in every language, in front of the amount taken off.
            rows.Add(new([$"{DocumentText.Get(discount.Label, culture)} ({discount.Code})", "−" + Money(Math.Abs(discount.AmountCents))]));
        }

        var vatRate = receipt.VatRatePercent.ToString("0.##", culture);
        rows.Add(new([DocumentText.Get("Total excluding VAT", culture), Money(receipt.TotalCents - receipt.VatCents)]));
        rows.Add(new([DocumentText.Format("VAT {0} %", culture, vatRate), Money(receipt.VatCents)]));
        rows.Add(new([DocumentText.Get("Total", culture), Money(receipt.TotalCents)]) { Strong = true });
        return rows;
    }
}
