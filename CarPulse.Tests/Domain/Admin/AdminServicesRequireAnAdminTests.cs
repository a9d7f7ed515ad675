using System.Security.Claims;
using CarPulse.Domain.Admin;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Pricing;
using CarPulse.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CarPulse.Tests.Domain.Admin;

/// <summary>
/// The services themselves refuse anyone but a signed-in admin, so a call that reaches them without the page's
/// authorization (a forged circuit event) changes nothing.
/// </summary>
public sealed class AdminServicesRequireAnAdminTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    public AdminServicesRequireAnAdminTests()
    {
        _services = AdminServices.Over(_database, new FakeTimeProvider(OrderSessionBuilder.Now));
        _scope = _services.CreateAsyncScope();
    }

    public static TheoryData<string> NotAdmins => ["anonymous", "customer"];

    public Task InitializeAsync() => AdminServices.SeedAsync(_database);

    [Theory]
    [MemberData(nameof(NotAdmins))]
    public async Task Voucher_calls_without_an_admin_are_refused_and_change_nothing(string caller)
    {
        var vouchers = _scope.ServiceProvider.GetRequiredService<VoucherAdministration>();
        var user = Caller(caller);
        var draft = new VoucherDraft("LAUNCH10", VoucherType.Free, 100, "Hijacked", true, null, null, null);

        await Assert.ThrowsAsync<AdminAccessDenied>(() => vouchers.ListAsync(user, CancellationToken.None));
        await Assert.ThrowsAsync<AdminAccessDenied>(() => vouchers.CreateAsync(user, draft with { Code = "FREEFORALL" }, CancellationToken.None));
        await Assert.ThrowsAsync<AdminAccessDenied>(() => vouchers.UpdateAsync(user, draft, CancellationToken.None));
        await Assert.ThrowsAsync<AdminAccessDenied>(() => vouchers.SetActiveAsync(user, "LAUNCH10", false, CancellationToken.None));

        await using var db = _database.Open();
        Assert.Equal(["FLEET20", "LAUNCH10"], await db.Vouchers.Select(v => v.Code).OrderBy(code => code).ToListAsync());
        var launch = await db.Vouchers.SingleAsync(v => v.Code == "LAUNCH10");
        Assert.Equal(("Launch discount", true), (launch.Label, launch.IsActive));
        Assert.Empty(await db.AuditEntries.ToListAsync());
    }

    [Theory]
    [MemberData(nameof(NotAdmins))]
    public async Task Outbox_and_resend_calls_without_an_admin_are_refused_and_send_nothing(string caller)
    {
        var messages = _scope.ServiceProvider.GetRequiredService<MessageAdministration>();
        var paid = await PaidWithEmail.SeedAsync(_database, "owner@example.com");
        var user = Caller(caller);

        await Assert.ThrowsAsync<AdminAccessDenied>(() => messages.ListAsync(user, null, CancellationToken.None));
        await Assert.ThrowsAsync<AdminAccessDenied>(() => messages.ResendAsync(user, paid.Reference, CarPulse.Domain.Messages.MessageKind.ReportsReady, CancellationToken.None));

        await using var db = _database.Open();
        Assert.Empty(await db.OutboxMessages.ToListAsync());
        Assert.Empty(await db.AuditEntries.ToListAsync());
    }

    [Theory]
    [MemberData(nameof(NotAdmins))]
    public async Task Price_and_audit_calls_without_an_admin_are_refused_and_change_nothing(string caller)
    {
        var prices = _scope.ServiceProvider.GetRequiredService<PriceAdministration>();
        var audit = _scope.ServiceProvider.GetRequiredService<AuditTrail>();
        var user = Caller(caller);
        var cheap = PackageCatalog.All.ToDictionary(p => p.Name, _ => (IReadOnlyList<TierBand>)[new TierBand(10, 1)]);

        await Assert.ThrowsAsync<AdminAccessDenied>(() => prices.CurrentAsync(user, CancellationToken.None));
        await Assert.ThrowsAsync<AdminAccessDenied>(() => prices.SaveAsync(user, cheap, CancellationToken.None));
        await Assert.ThrowsAsync<AdminAccessDenied>(() => audit.LatestAsync(user, 10, CancellationToken.None));

        await using var db = _database.Open();
        Assert.Equal(12, await db.TierPrices.CountAsync());
        Assert.DoesNotContain(await db.TierPrices.Select(p => p.PriceCents).ToListAsync(), price => price == 1);
    }

    [Fact]
    public async Task An_admin_may_list_the_vouchers()
    {
        var vouchers = _scope.ServiceProvider.GetRequiredService<VoucherAdministration>();

        var list = await vouchers.ListAsync(AdminServices.Admin, CancellationToken.None);

        Assert.Equal(["FLEET20", "LAUNCH10"], list.Select(v => v.Code));
    }

    private static ClaimsPrincipal Caller(string caller) => caller == "anonymous" ? AdminServices.Anonymous : AdminServices.Customer;

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
        _database.Dispose();
    }
}
