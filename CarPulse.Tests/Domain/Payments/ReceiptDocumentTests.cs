using System.Globalization;
using CarPulse.Domain.Documents;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Pricing;
using CarPulse.Tests.Support;

namespace CarPulse.Tests.Domain.Payments;

public sealed class ReceiptDocumentTests
{
    private static readonly CompanyDetails Seller = new(
        "CarPulse Oy", "Esimerkkikatu 1\n00100 Helsinki", "1234567-8", "FI12345678", "support@carpulse.fi", "carpulse.fi");

    [Fact]
    public void The_receipt_names_the_seller_with_address_business_id_vat_number_email_and_website()
    {
        var lines = Render(ProReceipt(), "en");

        Assert.Contains("CarPulse Oy", lines);
        Assert.Contains("00100 Helsinki", lines);
        Assert.Contains("Business ID (Y-tunnus) 1234567-8", lines);
        Assert.Contains("VAT number FI12345678", lines);
        Assert.Contains("support@carpulse.fi", lines);
        Assert.Contains("carpulse.fi", lines);
    }

    [Fact]
    public void The_receipt_shows_its_number_date_order_reference_payment_method_and_customer()
    {
        var lines = Render(ProReceipt(), "en");

        Assert.Contains("Receipt number CP-20261123-7F3K9Q Date 11/23/2026", lines);
        Assert.Contains("Order reference R-7F3K9Q Payment method Card", lines);
        Assert.Contains("Customer owner@example.com", lines);
    }

    [Fact]
    public void The_receipt_breaks_the_total_down_into_net_and_vat_at_25_5_percent()
    {
        var lines = Render(ProReceipt(), "en");

        Assert.Contains("Pro report — 3 vehicles €49.99", lines);
        Assert.Contains("Price tier: 3–5 vehicles", lines);
        Assert.Contains("Total excluding VAT €39.83", lines);
        Assert.Contains("VAT 25.5 % €10.16", lines);
        Assert.Contains("Total €49.99", lines);
        Assert.Contains("Prices include VAT.", lines);
    }

    [Fact]
    public void A_finnish_receipt_says_ALV_and_writes_money_the_finnish_way()
    {
        var lines = Render(ProReceipt(), "fi");

        Assert.Contains("Y-tunnus 1234567-8", lines);
        Assert.Contains("ALV-numero FI12345678", lines);
        Assert.Contains("Pro-raportti — 3 ajoneuvoa 49,99 €", lines);
        Assert.Contains("Hintaluokka: 3–5 ajoneuvoa", lines);
        Assert.Contains("ALV 25,5 % 10,16 €", lines);
        Assert.Contains("Yhteensä 49,99 €", lines);
        Assert.Contains("Kuitin numero CP-20261123-7F3K9Q Päivämäärä 23.11.2026", lines);
        Assert.Contains(lines, line => line.EndsWith("Sivu 1/1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_swedish_receipt_says_moms()
    {
        var lines = Render(ProReceipt(), "sv");

        Assert.Contains("Moms 25,5 % 10,16 €", lines);
        Assert.Contains("Totalt 49,99 €", lines);
        Assert.Contains("FO-nummer (Y-tunnus) 1234567-8", lines);
    }

    [Fact]
    public void A_voucher_adds_a_discount_line_with_its_label_code_and_the_amount_taken_off()
    {
        var lines = Render(ProReceipt(new ReceiptDiscount("LAUNCH10", "Launch discount", 500)), "en");

        Assert.Contains("Launch discount (LAUNCH10) −€5.00", lines);
        Assert.Contains("VAT 25.5 % €9.14", lines);
        Assert.Contains("Total €44.99", lines);
    }

    [Fact]
    public void A_seed_voucher_label_is_translated()
    {
        var lines = Render(ProReceipt(new ReceiptDiscount("LAUNCH10", "Launch discount", 500)), "fi");

        Assert.Contains("Lanseerausalennus (LAUNCH10) −5,00 €", lines);
    }

    [Fact]
    public void Without_a_voucher_there_is_no_discount_line()
    {
        var lines = Render(ProReceipt(), "en");

        Assert.DoesNotContain(lines, line => line.Contains('−') || line.Contains("discount", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Without_a_customer_email_there_is_no_customer_line()
    {
        var lines = Render(ProReceipt() with { CustomerEmail = null }, "en");

        Assert.DoesNotContain(lines, line => line.Contains("Customer", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("card", "en", "Card")]
    [InlineData("card", "fi", "Kortti")]
    [InlineData("paypal", "en", "PayPal")]
    [InlineData("mobilepay", "fi", "MobilePay")]
    [InlineData("apple_pay", "en", "Apple Pay")]
    [InlineData("google_pay", "sv", "Google Pay")]
    [InlineData("free", "en", "Free (voucher)")]
    [InlineData("free", "fi", "Maksuton (alennuskoodi)")]
    [InlineData("demo", "en", "Test payment (demo)")]
    [InlineData("demo", "sv", "Testbetalning (demo)")]
    [InlineData("klarna", "en", "klarna")]
    public void The_payment_method_reads_as_its_name(string method, string culture, string expected)
    {
        Assert.Equal(expected, PaymentMethodLabel.For(method, CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void The_pdf_title_is_the_receipt_number()
    {
        using var pdf = new PdfFile(ReceiptDocument.Compose(ProReceipt(), CultureInfo.GetCultureInfo("fi")).ToBytes());

        Assert.Equal("Kuitti CP-20261123-7F3K9Q", pdf.Information.Title);
        Assert.Single(pdf.Pages);
    }

    [Fact]
    public void Receipts_rendered_on_many_threads_at_once_each_come_out_whole()
    {
        var cultures = new[] { "en", "fi", "sv" }.Select(CultureInfo.GetCultureInfo).ToArray();
        var receipt = ProReceipt(new ReceiptDiscount("FLEET20", "Fleet discount", 1000));
        var expected = cultures.Select(culture => ReceiptDocument.Compose(receipt, culture).ToBytes()).ToArray();

        var renders = new byte[48][];
        Parallel.For(0, renders.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            renders[i] = ReceiptDocument.Compose(receipt, cultures[i % 3]).ToBytes());

        Assert.All(renders.Select((bytes, i) => (bytes, i)), render => Assert.Equal(expected[render.i % 3], render.bytes));
        using var pdf = new PdfFile(renders[1]);
        Assert.Contains("Kalustoalennus (FLEET20) −10,00 €", pdf.AllLines());
    }

    private static IReadOnlyList<string> Render(Receipt receipt, string culture)
    {
        using var pdf = new PdfFile(ReceiptDocument.Compose(receipt, CultureInfo.GetCultureInfo(culture)).ToBytes());
        return pdf.AllLines();
    }

    /// <summary>Pro for three cars: the 5-vehicle band, 49.99 €, VAT worked out of the total as the quote does.</summary>
    private static Receipt ProReceipt(ReceiptDiscount? discount = null)
    {
        var total = 4999 - (discount?.AmountCents ?? 0);
        return new Receipt(
            "CP-20261123-7F3K9Q",
            new DateTimeOffset(2026, 11, 23, 18, 5, 0, TimeSpan.Zero),
            Seller,
            "owner@example.com",
            new ReceiptLine(PackageName.Pro, 3, "3–5 vehicles", 4999),
            discount,
            total,
            VatRate.Finland.IncludedIn(total),
            VatRate.Finland.Percent,
            "EUR",
            "card",
            "R-7F3K9Q");
    }
}
