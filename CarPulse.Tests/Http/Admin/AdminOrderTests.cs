using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarPulse.Domain.Admin;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Reports;
using CarPulse.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Http.Admin;

/// <summary>Support finds an order by what the customer quotes, sees its state and files, and builds again what it can.</summary>
public abstract class AdminOrderTests : IDisposable
{
    private readonly CarPulseApp _app;
    private readonly TeslaSignIn _tesla;

    protected AdminOrderTests(DatabaseProvider provider)
    {
        _app = CarPulseApp.WithTeslaSimulator(
            provider, AdminSignIn.Setting, ("Reports:PollInterval", "01:00:00"));
        _tesla = new TeslaSignIn(_app);
    }

    [Fact]
    public async Task An_order_is_found_by_reference_session_id_payment_id_and_masked_or_full_vin_and_unpaid_ones_are_not_listed()
    {
        var paid = await PaidOrderAsync("two-cars");
        var unpaid = await _tesla.ConnectAsync("one-car");
        var vehicle = paid.SelectedVehicles.First();

        string code;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            code = (await scope.ServiceProvider.GetRequiredService<OrderAdministration>().GetAsync(AdminServices.Admin, paid.Reference, CancellationToken.None)).Vehicles[0].VerificationCode ?? "";
        }

        var receiptNumber = "R-" + paid.Reference["CP-".Length..];
        var fileNameVin = vehicle.MaskedVin.Replace('*', 'x');
        foreach (var query in new[] { paid.Reference, paid.Reference.ToLowerInvariant(), paid.Id, $"free_{paid.Reference}", vehicle.MaskedVin, vehicle.Vin, receiptNumber, code, fileNameVin })
        {
            var found = await SearchAsync(query);
            Assert.True(found.Count == 1 && found[0].Reference == paid.Reference, $"'{query}' found {found.Count}");
        }

        var all = await SearchAsync(null);
        Assert.Contains(all, order => order.Reference == paid.Reference);
        Assert.DoesNotContain(all, order => order.Reference == (Session(unpaid)).Reference);
        Assert.Empty(await SearchAsync("CP-00000000"));
        Assert.Empty(await SearchAsync("5YJ3"));
        Assert.Equal(2, all.Single(order => order.Reference == paid.Reference).MaskedVins.Count);
        Assert.Empty(await SearchAsync(null, day: DateOnly.FromDateTime(paid.CreatedAt.UtcDateTime).AddDays(-1)));
        Assert.NotEmpty(await SearchAsync(null, day: DateOnly.FromDateTime(paid.CreatedAt.UtcDateTime)));
    }

    [Fact]
    public async Task The_detail_shows_payments_and_each_vehicles_report_with_its_archived_pdf_and_verification_code()
    {
        var paid = await PaidOrderAsync("two-cars");
        await using var scope = _app.Services.CreateAsyncScope();

        var detail = await scope.ServiceProvider.GetRequiredService<OrderAdministration>().GetAsync(AdminServices.Admin, paid.Reference, CancellationToken.None);

        Assert.Equal(OrderStatus.Complete, detail.Session.Status);
        Assert.Equal($"free_{paid.Reference}", Assert.Single(detail.Payments).ProviderPaymentId);
        Assert.True(detail.OrderRecordArchived);
        Assert.All(detail.Vehicles, vehicle =>
        {
            Assert.Equal(VehicleReportStatus.Complete, vehicle.ReportStatus);
            Assert.True(vehicle.PdfArchived);
            Assert.Matches("^[0-9A-Z]{10}$", vehicle.VerificationCode ?? "");
        });
    }

    [Fact]
    public async Task Archived_files_download_for_an_admin_only()
    {
        var paid = await PaidOrderAsync("one-car");
        var vehicleId = paid.SelectedVehicleIds[0];
        using var admin = await SignedInAdminAsync();

        var anonymous = await _tesla.Browser.GetAsync($"/admin/orders/{paid.Reference}/order.json");
        var record = await admin.GetAsync($"/admin/orders/{paid.Reference}/order.json");
        var pdf = await admin.GetAsync($"/admin/orders/{paid.Reference}/vehicles/{vehicleId}/report.pdf");
        var otherVehicle = await admin.GetAsync($"/admin/orders/{paid.Reference}/vehicles/42/report.pdf");

        Assert.StartsWith("/admin/login", anonymous.RedirectTarget());
        Assert.Equal(HttpStatusCode.OK, record.StatusCode);
        Assert.Equal(paid.Id, JsonDocument.Parse(await record.Content.ReadAsStringAsync()).RootElement.GetProperty("session_id").GetString());
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var customerCopy = await _tesla.Browser.GetByteArrayAsync($"/api/v1/tesla/session/{paid.Id}/vehicles/{vehicleId}/report.pdf");
        Assert.Equal(customerCopy, await pdf.Content.ReadAsByteArrayAsync());
        await otherVehicle.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Archived_files_and_the_customers_pdf_are_never_stored_by_a_cache_nor_sniffed()
    {
        var paid = await PaidOrderAsync("one-car");
        var vehicleId = paid.SelectedVehicleIds[0];
        using var admin = await SignedInAdminAsync();

        var downloads = new[]
        {
            await admin.GetAsync($"/admin/orders/{paid.Reference}/order.json"),
            await admin.GetAsync($"/admin/orders/{paid.Reference}/vehicles/{vehicleId}/report.pdf"),
            await _tesla.Browser.GetAsync($"/api/v1/tesla/session/{paid.Id}/vehicles/{vehicleId}/report.pdf"),
        };

        Assert.All(downloads, download =>
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.True(download.Headers.CacheControl?.NoStore, $"{download.RequestMessage?.RequestUri} should be no-store");
            Assert.Equal(["nosniff"], download.Headers.GetValues("X-Content-Type-Options"));
        });
    }

    [Fact]
    public async Task A_build_can_be_queued_again_while_the_order_holds_a_tesla_connection_and_is_refused_with_the_reason_after()
    {
        var sessionId = await _tesla.PayFreeAsync("one-car", "basic");
        var reference = Session(sessionId).Reference;
        await using var scope = _app.Services.CreateAsyncScope();
        var orders = scope.ServiceProvider.GetRequiredService<OrderAdministration>();

        await orders.RetryAsync(AdminServices.Admin, reference, CancellationToken.None);
        await _app.Services.GetRequiredService<ReportWorker>().WorkOneAsync(CancellationToken.None);
        var refused = await Assert.ThrowsAsync<AdminEditConflict>(() => orders.RetryAsync(AdminServices.Admin, reference, CancellationToken.None));

        Assert.Equal(OrderStatus.Complete, Session(sessionId).Status);
        Assert.Contains("Ask the customer", refused.Message);
        Assert.Equal($"/order/{sessionId}", await orders.CustomerLinkAsync(AdminServices.Admin, reference, CancellationToken.None));
        var audit = await scope.ServiceProvider.GetRequiredService<CarPulseDb>().AuditEntries.AsNoTracking()
            .Where(entry => entry.Entity == AuditEntry.OrderEntity && entry.Key == reference).OrderBy(entry => entry.Id).ToListAsync();
        Assert.Equal(
            ["""{"status":"paid","action":"rebuild_queued"}""", """{"status":"complete","action":"customer_link_copied"}"""],
            audit.Select(entry => entry.NewValue));
        Assert.All(audit, entry => Assert.Equal("admin", entry.AdminUsername));
        await Assert.ThrowsAsync<AdminAccessDenied>(() => orders.CustomerLinkAsync(AdminServices.Customer, reference, CancellationToken.None));
        await Assert.ThrowsAsync<AdminAccessDenied>(() => orders.RetryAsync(AdminServices.Anonymous, reference, CancellationToken.None));
        await Assert.ThrowsAsync<AdminAccessDenied>(() => orders.SearchAsync(AdminServices.Customer, null, null, CancellationToken.None));
        await Assert.ThrowsAsync<AdminAccessDenied>(() => orders.GetAsync(AdminServices.Anonymous, reference, CancellationToken.None));
        await Assert.ThrowsAsync<AdminAccessDenied>(() => orders.ReadArchiveAsync(AdminServices.Anonymous, reference, null, CancellationToken.None));
        await Assert.ThrowsAsync<OrderNotFound>(() => orders.GetAsync(AdminServices.Admin, "CP-00000000", CancellationToken.None));
    }

    /// <summary>A browser of its own, signed in to the back office.</summary>
    private async Task<HttpClient> SignedInAdminAsync()
    {
        var admin = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = _tesla.Browser.BaseAddress };
        await admin.LogInAsync(AdminSignIn.Username, AdminSignIn.Password);
        return admin;
    }

    private async Task<OrderSession> PaidOrderAsync(string account)
    {
        var sessionId = await _tesla.PayFreeAsync(account, "pro");
        await _app.Services.GetRequiredService<ReportWorker>().WorkOneAsync(CancellationToken.None);
        return Session(sessionId);
    }

    private async Task<IReadOnlyList<OrderSummary>> SearchAsync(string? query, DateOnly? day = null)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrderAdministration>().SearchAsync(AdminServices.Admin, query, day, CancellationToken.None);
    }

    private OrderSession Session(string sessionId)
    {
        using var scope = _app.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<CarPulseDb>().OrderSessions.AsNoTracking().Single(s => s.Id == sessionId);
    }

    public void Dispose() => _app.Dispose();

    public sealed class OnSqlite() : AdminOrderTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : AdminOrderTests(DatabaseProvider.PostgreSql);
}
