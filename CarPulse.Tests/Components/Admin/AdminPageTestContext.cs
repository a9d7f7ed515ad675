using Bunit;
using CarPulse.Domain.Admin;
using CarPulse.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Time.Testing;

namespace CarPulse.Tests.Components.Admin;

/// <summary>A back-office page over the real admin services and a seeded database, rendered for a signed-in admin.</summary>
public abstract class AdminPageTestContext : CarPulseTestContext
{
    protected AdminPageTestContext()
    {
        Database = UseDatabase(new FakeTimeProvider(OrderSessionBuilder.Now));
        Services.AddAdminServices();
        AddAuthorization().SetAuthorized("admin").SetRoles(AdminClaims.Role);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        AdminServices.SeedAsync(Database).GetAwaiter().GetResult();
    }

    protected TestDatabase Database { get; }
}
