using System.Net.Http.Json;
using CarPulse.Domain.Archive;
using CarPulse.Domain.Messages;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Verification;
using CarPulse.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Http.Orders;

/// <summary>"Delete my data" and the retention job: one rule for what goes and what accounting keeps.</summary>
public sealed class DataDeletionTests : IDisposable
{
    private const string Email = "owner@example.com";
    private readonly CarPulseApp _app = CarPulseApp.WithTeslaSimulator(("Reports:PollInterval", "00:00:00.100"), ("Email:PollInterval", "01:00:00"));
    private readonly TeslaSignIn _tesla;

    public DataDeletionTests() => _tesla = new TeslaSignIn(_app);

    [Fact]
    public async Task Delete_my_data_removes_what_is_listed_keeps_the_accounting_records_and_the_verify_page_says_withdrawn()
    {
        var (before, codes) = await CompleteOrderAsync();

        await WithAsync<OwnerDataDeletion>(deletion => deletion.DeleteAsync(before.Id, CancellationToken.None));

        var after = await ErasedAsync(before);
        Assert.NotNull(after.DeletedByOwnerAt);
        foreach (var code in codes)
        {
            var page = await _tesla.Browser.GetStringAsync($"/verify/{code}");
            Assert.Contains("its owner withdrew it", page);
            Assert.DoesNotContain("CarPulse issued a genuine report", page);
        }

        var receipt = await (await _tesla.Browser.GetAsync($"/api/v1/payment/receipt/{before.Id}")).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal(OrderReference.ReceiptNumber(before.Reference), receipt.GetProperty("number").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, receipt.GetProperty("customer_email").ValueKind);
    }

    [Fact]
    public async Task The_retention_job_erases_by_the_same_rule_and_leaves_the_reports_verifiable()
    {
        var (before, codes) = await CompleteOrderAsync();
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CarPulseDb>().ReportJobs.Where(job => job.OrderSessionId == before.Id)
                .ExecuteUpdateAsync(update => update.SetProperty(job => job.CreatedAt, DateTimeOffset.UtcNow.AddDays(-366)));
        }

        Assert.Equal(1, await WithAsync<ArchiveRetention, int>(retention => retention.PurgeAsync(CancellationToken.None)));

        var after = await ErasedAsync(before);
        Assert.Null(after.DeletedByOwnerAt);
        Assert.All(await ReadAsync(db => db.ReportVerifications.Where(v => codes.Contains(v.Code)).ToListAsync()), v => Assert.Null(v.RevokedAt));
    }

    [Fact]
    public async Task Deleting_while_the_reports_are_built_is_refused_and_nothing_goes()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().WithVehicles(1).InStatus(OrderStatus.Generating).Build());

        await Assert.ThrowsAsync<OrderConflict>(() => WithAsync<OwnerDataDeletion>(deletion => deletion.DeleteAsync(session.Id, CancellationToken.None)));

        var stored = await ReadAsync(db => db.OrderSessions.AsNoTracking().SingleAsync(s => s.Id == session.Id));
        Assert.Equal(session.Vehicles.Single().Vin, stored.Vehicles.Single().Vin);
        Assert.Null(stored.ReportsDeletedAt);
    }

    public void Dispose() => _app.Dispose();

    /// <summary>A paid, finished two-car order with an email, its PDFs archived and verifiable; its verification codes.</summary>
    private async Task<(OrderSession Session, List<string> Codes)> CompleteOrderAsync()
    {
        var sessionId = await _tesla.PayFreeAsync("two-cars", "pro", email: Email);
        var session = await _app.SettledReportsAsync(sessionId);
        Assert.Equal(OrderStatus.Complete, session.Status);
        var codes = await ReadAsync(db => db.ReportVerifications.Where(v => v.OrderSessionId == sessionId).Select(v => v.Code).ToListAsync());
        Assert.Equal(2, codes.Count);
        Assert.True(Directory.Exists(ArchiveFolder(session)));
        Assert.Equal(2, (await _app.MessagesAsync()).Count(m => m.Recipient == Email));
        return (session, codes);
    }

    /// <summary>Asserts everything listed went and the accounting records stayed; answers the order as it is now.</summary>
    private async Task<OrderSession> ErasedAsync(OrderSession before)
    {
        var after = await ReadAsync(db => db.OrderSessions.AsNoTracking().SingleAsync(s => s.Id == before.Id));
        Assert.Equal(before.Reference, after.Reference);
        Assert.Equal(before.Quote, after.Quote);
        Assert.NotNull(after.ReportsDeletedAt);
        Assert.Null(after.Tokens);
        Assert.All(after.Vehicles, vehicle =>
        {
            var original = before.Vehicles.Single(v => v.Id == vehicle.Id);
            Assert.Equal(original.MaskedVin, vehicle.Vin);
            Assert.Equal(original.MaskedVin, vehicle.MaskedVin);
            Assert.Equal(string.Empty, vehicle.DisplayName);
            Assert.Equal(original.Model, vehicle.Model);
        });
        Assert.False(Directory.Exists(ArchiveFolder(before)));
        Assert.Empty(await ReadAsync(db => db.VehicleReports.Where(r => r.OrderSessionId == before.Id).ToListAsync()));
        Assert.Empty(await ReadAsync(db => db.ReportJobs.Where(j => j.OrderSessionId == before.Id).ToListAsync()));
        var payment = Assert.Single(await ReadAsync(db => db.Payments.Where(p => p.OrderSessionId == before.Id).ToListAsync()));
        Assert.Equal((PaymentStatus.Succeeded, before.Quote?.TotalCents), (payment.Status, (long?)payment.AmountCents));
        Assert.Null(payment.CustomerEmail);
        Assert.All(await _app.MessagesAsync(), message => Assert.Null(message.Recipient));
        var verifications = await ReadAsync(db => db.ReportVerifications.Where(v => v.OrderSessionId == before.Id).ToListAsync());
        Assert.All(verifications, v => Assert.Contains(v.MaskedVin, before.Vehicles.Select(vehicle => vehicle.MaskedVin)));
        var raw = await ReadAsync(async db => string.Join('\n', await db.OrderSessions.Where(s => s.Id == before.Id).SelectMany(s => s.Vehicles).Select(v => v.Vin + v.DisplayName).ToListAsync()));
        Assert.All(before.Vehicles, vehicle => Assert.DoesNotContain(vehicle.Vin, raw));
        return after;
    }

    private string ArchiveFolder(OrderSession session) => Path.Combine(_app.DataDirectory, "archive", session.Reference);

    private async Task<T> ReadAsync<T>(Func<CarPulseDb, Task<T>> read)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<CarPulseDb>());
    }

    private async Task WithAsync<TService>(Func<TService, Task> act)
        where TService : notnull
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await act(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> act)
        where TService : notnull
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
