using System.Text.Json;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Pricing;

namespace CarPulse.Domain.Archive;

/// <summary>A vehicle as the archive lists it: never the full VIN.</summary>
public sealed record ArchivedVehicle(string Id, string MaskedVin, string DisplayName, string Model);

/// <summary>
/// <c>{order}/order.json</c> (SPEC §4): what was bought, by which payment, for which vehicles. Support answers
/// questions and re-sends reports from it. Vehicle ids are strings, as in the API (they can exceed 2^53).
/// </summary>
public sealed record OrderRecord(
    string Reference,
    string SessionId,
    string PaymentId,
    string Provider,
    string Package,
    int VehicleCount,
    IReadOnlyList<ArchivedVehicle> Vehicles,
    long AmountCents,
    string Currency,
    string? VoucherCode,
    DateTimeOffset CreatedAt,
    DateTimeOffset PaidAt)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public static OrderRecord From(OrderSession session, Payment payment)
    {
        var quote = session.Quote ?? throw new OrderConflict(session.Status, "archive an order without a quote");
        var vehicles = session.SelectedVehicles
            .Select(vehicle => new ArchivedVehicle(vehicle.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), vehicle.MaskedVin, vehicle.DisplayName, vehicle.Model))
            .ToList();
        return new OrderRecord(
            session.Reference,
            session.Id,
            payment.ProviderPaymentId,
            payment.Provider.ToString().ToLowerInvariant(),
            quote.Package.ToWireName(),
            vehicles.Count,
            vehicles,
            payment.AmountCents,
            payment.Currency,
            quote.VoucherCode,
            session.CreatedAt,
            payment.RecordedAt);
    }

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static OrderRecord? Parse(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize<OrderRecord>(json, Json);
}
