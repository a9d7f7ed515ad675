using System.Net.Http.Json;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using CarPulse.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Http;

/// <summary>Absolute links we hand out start with the configured public address, never with a request's Host header.</summary>
public sealed class PublicAddressTests : IDisposable
{
    private readonly CarPulseApp _app = new(("Reports:PublicBaseUrl", "https://carpulse.example"));

    [Fact]
    public async Task A_forged_host_reaches_neither_the_checkout_nor_its_return_addresses_nor_the_order()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().WithVehicles(2).InStatus(OrderStatus.VehiclesSelected).Build());
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payment/create-intent")
        {
            Content = JsonContent.Create(new { session_id = session.Id }),
            Headers = { Host = "evil.example" },
        };

        var intent = await (await _app.CreateClient().SendAsync(request)).AssertOkJsonAsync();

        Assert.StartsWith("https://carpulse.example/simulator/payments/checkout/", intent.GetProperty("checkout_url").GetString());
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CarPulseDb>();
        var checkout = await db.DemoCheckouts.AsNoTracking().SingleAsync();
        Assert.StartsWith("https://carpulse.example/payments/demo/return?", checkout.SuccessUrl);
        Assert.StartsWith("https://carpulse.example/payments/cancelled?", checkout.CancelUrl);
        Assert.Equal("https://carpulse.example", (await db.OrderSessions.AsNoTracking().SingleAsync(s => s.Id == session.Id)).SiteUrl);
    }

    public void Dispose() => _app.Dispose();
}
