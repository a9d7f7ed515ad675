using System.Net;
using System.Net.Http.Json;
using CarPulse.Domain.Orders;
using CarPulse.Tests.Support;

namespace CarPulse.Tests.Http.Payments;

/// <summary>The receipt of a paid order: the seller from configuration, the line, voucher and VAT as they were paid.</summary>
public sealed class ReceiptApiTests : IAsyncLifetime
{
    private StripeCheckoutHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await StripeCheckoutHarness.StartAsync(
        ("Company:Name", "CarPulse Oy"), ("Company:BusinessId", "3456789-0"), ("Company:VatNumber", "FI34567890"));

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_paid_orders_receipt_has_the_seller_line_voucher_vat_and_method()
    {
        var session = await _harness.SeedQuotedAsync(vehicles: 2);
        await _harness.Client.PostAsJsonAsync("/api/v1/pricing/quote", new { session_id = session.Id, voucher_code = "LAUNCH10" });
        var checkout = await _harness.StartCheckoutAsync(session);
        _harness.Stripe.Pay(checkout, method: "mobilepay");
        await _harness.DeliverAsync(Stripe.EventTypes.CheckoutSessionCompleted, checkout);

        var receipt = await (await _harness.Client.GetAsync($"/api/v1/payment/receipt/{session.Id}")).AssertOkJsonAsync();

        Assert.Equal(
            ["currency", "customer_email", "discount", "issued_at", "line", "net_cents", "number", "order_reference", "payment_method", "seller", "total_cents", "vat_cents", "vat_rate"],
            receipt.PropertyNames());
        Assert.Equal("R-" + session.Reference[3..], receipt.GetProperty("number").GetString());
        Assert.Equal(session.Reference, receipt.GetProperty("order_reference").GetString());
        var seller = receipt.GetProperty("seller");
        Assert.Equal(("CarPulse Oy", "3456789-0", "FI34567890"),
            (seller.GetProperty("name").GetString(), seller.GetProperty("business_id").GetString(), seller.GetProperty("vat_number").GetString()));
        var line = receipt.GetProperty("line");
        Assert.Equal(("pro", 2, "2 vehicles", 2999L),
            (line.GetProperty("package").GetString(), line.GetProperty("vehicle_count").GetInt32(), line.GetProperty("tier_label").GetString(), line.GetProperty("amount_cents").GetInt64()));
        var discount = receipt.GetProperty("discount");
        Assert.Equal(("LAUNCH10", "Launch discount", 300L),
            (discount.GetProperty("code").GetString(), discount.GetProperty("label").GetString(), discount.GetProperty("amount_cents").GetInt64()));
        Assert.Equal((2699L, 548L, 2151L, 25.5m),
            (receipt.GetProperty("total_cents").GetInt64(), receipt.GetProperty("vat_cents").GetInt64(), receipt.GetProperty("net_cents").GetInt64(), receipt.GetProperty("vat_rate").GetDecimal()));
        Assert.Equal(("mobilepay", "driver@example.com"), (receipt.GetProperty("payment_method").GetString(), receipt.GetProperty("customer_email").GetString()));
    }

    [Fact]
    public async Task The_receipt_pdf_carries_the_vat_line_and_the_sellers_business_id()
    {
        var session = await PaidAsync();

        var response = await _harness.Client.GetAsync($"/api/v1/payment/receipt/{session.Id}/pdf");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"CarPulse-receipt-R-{session.Reference[3..]}.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var pdf = new PdfFile(await response.Content.ReadAsByteArrayAsync());
        var lines = pdf.AllLines();
        Assert.Contains(lines, line => line.Contains("3456789-0", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("FI34567890", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("VAT 25.5 %", StringComparison.Ordinal) && line.Contains("€6.09", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("€29.99", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_receipt_pdf_follows_the_chosen_language()
    {
        var session = await PaidAsync();

        var response = await _harness.Client.GetAsync($"/api/v1/payment/receipt/{session.Id}/pdf?culture=fi");

        using var pdf = new PdfFile(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(pdf.AllLines(), line => line.Contains("ALV 25,5 %", StringComparison.Ordinal) && line.Contains("6,09", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unpaid_order_has_no_receipt_pdf_either()
    {
        var session = await _harness.SeedQuotedAsync();

        await (await _harness.Client.GetAsync($"/api/v1/payment/receipt/{session.Id}/pdf")).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_unpaid_order_has_no_receipt_yet()
    {
        var session = await _harness.SeedQuotedAsync();

        var problem = await (await _harness.Client.GetAsync($"/api/v1/payment/receipt/{session.Id}")).AssertProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("vehicles_selected", problem.GetProperty("current_status").GetString());
    }

    private async Task<OrderSession> PaidAsync()
    {
        var session = await _harness.SeedQuotedAsync(vehicles: 2);
        var checkout = await _harness.StartCheckoutAsync(session);
        _harness.Stripe.Pay(checkout);
        await _harness.DeliverAsync(Stripe.EventTypes.CheckoutSessionCompleted, checkout);
        return session;
    }

    [Fact]
    public async Task An_unknown_order_has_no_receipt()
    {
        await (await _harness.Client.GetAsync($"/api/v1/payment/receipt/{SessionId.New()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await _harness.Client.GetAsync("/api/v1/payment/receipt/not-a-session")).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
