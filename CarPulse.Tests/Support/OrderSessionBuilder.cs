using CarPulse.Domain.Orders;
using CarPulse.Domain.Pricing;
using CarPulse.Domain.Tesla;
using CarPulse.Domain.Vehicles;

namespace CarPulse.Tests.Support;

/// <summary>Builds sessions in any status through the aggregate's own intent methods.</summary>
public sealed class OrderSessionBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public const string AccessToken = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0LW93bmVyIn0.access-signature-7f3a9c";
    public const string RefreshToken = "EU_refresh-token-value-5d8e2b61c4";

    private int _vehicleCount = 2;
    private OrderStatus _status = OrderStatus.Connected;
    private PackageName _package = PackageName.Pro;

    public static SessionVehicle Vehicle(int index) => new(
        1492931000000000 + index,
        $"LRW3E7EK{index % 10}RC98{index:0000}",
        $"Car {index}",
        index % 2 == 0 ? VehicleState.Asleep : VehicleState.Online,
        index % 2 == 0 ? "modely" : "model3");

    /// <summary>The session's current terms, or terms of nothing for a session that has none (for tests of refusals).</summary>
    public static CheckoutTerms TermsOf(OrderSession session) =>
        session.Terms ?? new CheckoutTerms([], new OrderQuote(PackageName.Basic, 0, string.Empty, 0, null, 0, 0, 0, "EUR"));

    public OrderSessionBuilder WithVehicles(int count)
    {
        _vehicleCount = count;
        return this;
    }

    public OrderSessionBuilder WithPackage(PackageName package)
    {
        _package = package;
        return this;
    }

    public OrderSessionBuilder InStatus(OrderStatus status)
    {
        _status = status;
        return this;
    }

    public OrderSession Build(DateTimeOffset? createdAt = null)
    {
        var at = createdAt ?? Now;
        var vehicles = Enumerable.Range(1, _vehicleCount).Select(Vehicle).ToList();
        var session = OrderSession.Start(new TeslaTokens(AccessToken, RefreshToken, at.AddHours(8)), FleetRegion.Europe, vehicles, at, OrderOptions.DefaultSessionLifetime);
        if (_status == OrderStatus.Connected)
        {
            return session;
        }

        session.Select(vehicles.Select(vehicle => vehicle.Id).ToList(), _package, at);
        var quote = QuoteCalculator.Calculate(TierTable.Default, _package, vehicles.Count, null, at, VatRate.Finland);
        session.ApplyQuote(quote, at);
        if (_status == OrderStatus.VehiclesSelected)
        {
            return session;
        }

        session.MarkPaid(TermsOf(session), null, quote.TotalCents, quote.Currency, at);
        if (_status == OrderStatus.Paid)
        {
            return session;
        }

        session.StartGenerating(at);
        if (_status == OrderStatus.Generating)
        {
            return session;
        }

        session.Complete(at);
        return session;
    }
}
