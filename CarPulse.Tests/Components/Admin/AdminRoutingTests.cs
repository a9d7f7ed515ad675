using Bunit;
using CarPulse.Web.Components;
using CarPulse.Web.Features.Device;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Components.Admin;

/// <summary>Inside a circuit (no HTTP request for the middleware to stop), the router itself keeps anonymous users out of admin pages.</summary>
public sealed class AdminRoutingTests : CarPulseTestContext
{
    [Fact]
    public void An_anonymous_circuit_opening_an_admin_page_is_sent_to_the_login_page_by_a_full_load()
    {
        AddAuthorization();
        Services.AddScoped<CircuitClientAddress>();
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/admin/audit");

        var routes = Render<Routes>(p => p.Add(x => x.Device, ClientDevice.OtherBrowser));

        routes.WaitForAssertion(() => Assert.EndsWith("/admin/login?returnUrl=%2Fadmin%2Faudit", navigation.Uri));
        Assert.DoesNotContain("Every voucher and price change", routes.Markup);
    }
}
