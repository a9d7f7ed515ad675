using System.Net.Http.Json;
using System.Text;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Persistence;
using CarPulse.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Http.Payments;

/// <summary>The app in Stripe mode against <see cref="StripeFake"/>, with the calls a payment test makes.</summary>
public sealed class StripeCheckoutHarness : IAsyncDisposable
{
    private StripeCheckoutHarness(StripeFake stripe, CarPulseApp app)
    {
        Stripe = stripe;
        App = app;
        Client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public StripeFake Stripe { get; }
    public CarPulseApp App { get; }
    public HttpClient Client { get; }

    public static async Task<StripeCheckoutHarness> StartAsync(params (string Key, string Value)[] settings)
    {
        var stripe = await StripeFake.StartAsync();
        return new StripeCheckoutHarness(stripe, new CarPulseApp([.. stripe.Settings, .. settings]));
    }

    public Task<OrderSession> SeedQuotedAsync(int vehicles = 2) =>
        App.SeedAsync(new OrderSessionBuilder().WithVehicles(vehicles).InStatus(OrderStatus.VehiclesSelected).Build());

    /// <summary>create-intent for the session; answers the Stripe checkout id it made.</summary>
    public async Task<string> StartCheckoutAsync(OrderSession session, string? userAgent = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payment/create-intent") { Content = JsonContent.Create(new { session_id = session.Id, method = "card" }) };
        if (userAgent is not null)
        {
            request.Headers.UserAgent.ParseAdd(userAgent);
        }

        var answer = await (await Client.SendAsync(request)).AssertOkJsonAsync();
        return new Uri(answer.GetProperty("checkout_url").GetString()!).Segments[^1];
    }

    public async Task<HttpResponseMessage> DeliverAsync((string Json, string Signature) signed)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/payments/stripe/webhook") { Content = new StringContent(signed.Json, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", signed.Signature);
        return await Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> DeliverAsync(string type, string checkoutId) => DeliverAsync(Stripe.SignedEvent(type, checkoutId));

    public async Task<T> ReadAsync<T>(Func<CarPulseDb, Task<T>> read)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<CarPulseDb>());
    }

    public Task<OrderSession> StoredAsync(OrderSession session) => ReadAsync(db => db.OrderSessions.AsNoTracking().SingleAsync(s => s.Id == session.Id));

    public Task<List<Payment>> PaymentsAsync() => ReadAsync(db => db.Payments.AsNoTracking().ToListAsync());

    public Task<List<PaymentAttempt>> AttemptsAsync() => ReadAsync(db => db.PaymentAttempts.AsNoTracking().OrderBy(a => a.Number).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        await Stripe.DisposeAsync();
    }
}
