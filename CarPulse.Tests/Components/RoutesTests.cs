using System.Net;
using Bunit;
using CarPulse.Web.Components;
using CarPulse.Web.Features.Device;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Components;

public sealed class RoutesTests : CarPulseTestContext
{
    public RoutesTests()
    {
        AddAuthorization();
        Services.AddScoped<CircuitClientAddress>();
        // A page that needs nothing but the router: a circuit opening the back office anonymously is sent to the login.
        Services.GetRequiredService<NavigationManager>().NavigateTo("/admin/audit");
    }

    [Fact]
    public void The_circuit_keeps_the_address_of_the_request_that_served_the_page_for_its_whole_life()
    {
        var routes = Render<Routes>(p => p.Add(x => x.Device, ClientDevice.OtherBrowser).Add(x => x.ClientAddress, "203.0.113.7"));

        routes.Render(p => p.Add(x => x.ClientAddress, "198.51.100.1"));

        Assert.Equal(IPAddress.Parse("203.0.113.7"), Services.GetRequiredService<CircuitClientAddress>().Address);
    }
}
