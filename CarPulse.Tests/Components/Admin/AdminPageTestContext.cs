using Bunit;
using CarPulse.Domain.Admin;
using CarPulse.Domain.Archive;
using CarPulse.Domain.Funnel;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Reports;
using CarPulse.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CarPulse.Tests.Components.Admin;

/// <summary>A back-office page over the real admin services and a seeded database, rendered for a signed-in admin.</summary>
public abstract class AdminPageTestContext : CarPulseTestContext
{
    private readonly TemporaryDirectory _archive = new();

    protected AdminPageTestContext()
    {
        Database = UseDatabase(new FakeTimeProvider(OrderSessionBuilder.Now));
        Services.AddAdminServices();
        // What the orders and funnel pages read besides the database: the archive, the report queue, refunds, the funnel.
        Services.AddSingleton<IOrderArchive>(new FileSystemOrderArchive(_archive.Path));
        Services.AddOptions<ReportOptions>();
        Services.AddScoped<ReportQueue>();
        Services.AddScoped<PaymentRefunds>();
        Services.AddScoped<FunnelReport>();
        AddAuthorization().SetAuthorized("admin").SetRoles(AdminClaims.Role);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        AdminServices.SeedAsync(Database).GetAwaiter().GetResult();
    }

    protected TestDatabase Database { get; }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _archive.Dispose();
    }
}
