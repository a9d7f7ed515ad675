using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Persistence;

namespace CarPulse.Tests.Support;

/// <summary>A paid order with the payment that paid it, from the address the provider's checkout asked for.</summary>
public static class PaidWithEmail
{
    public static async Task<OrderSession> SeedAsync(TestDatabase database, string? email, OrderStatus status = OrderStatus.Complete)
    {
        var session = new OrderSessionBuilder().WithVehicles(1).InStatus(status).Build();
        await using var db = database.Open();
        db.OrderSessions.Add(session);
        db.Payments.Add(Payment(session, email));
        await db.SaveChangesAsync();
        return session;
    }

    public static Payment Payment(OrderSession session, string? email) => CarPulse.Domain.Payments.Payment.Succeeded(
        new VerifiedPayment(PaymentProvider.Demo, $"demo_cs_{session.Reference}", session.Id, session.Reference, session.Quote?.TotalCents ?? 0, "EUR", "card", email),
        OrderSessionBuilder.Now);
}
