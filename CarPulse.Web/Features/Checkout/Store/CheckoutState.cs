using System.Collections.Immutable;
using CarPulse.Domain.Messages;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Pricing;

namespace CarPulse.Web.Features.Checkout.Store;

/// <summary>A car as the vehicles step shows it: no odometer or battery (that would wake the car).</summary>
public sealed record VehicleCard(long Id, string DisplayName, string Model, int? Year, string MaskedVin, string State);

/// <summary>A package as the package step offers it, priced for the current number of vehicles.</summary>
public sealed record PackageOffer(PackageName Name, string Title, IReadOnlyList<string> Features, long PriceCents, TierLabel TierLabel);

public enum CheckoutProblem
{
    None,
    Expired,
    NotFound,
}

/// <summary>
/// The checkout as this circuit sees it: a view of the OrderSession in the database (the truth),
/// plus what the user is editing right now (vehicle ticks, voucher text) before it is saved.
/// </summary>
public sealed record CheckoutState(
    string? SessionId,
    bool Loading,
    CheckoutProblem Problem,
    OrderStatus? Status,
    ImmutableArray<VehicleCard> Vehicles,
    ImmutableHashSet<long> Ticked,
    PackageName Package,
    ImmutableArray<PackageOffer> Offers,
    Quote? Quote,
    string VoucherInput,
    string? VoucherRefusal,
    bool Quoting,
    bool PaymentProcessing,
    OrderQuote? StoredQuote,
    bool TermsAccepted,
    bool PaymentStarting,
    Uri? RedirectTo,
    string? PaymentNotice,
    string EmailInput = "",
    DateTimeOffset? DataDeletedAt = null)
{
    public static CheckoutState Initial { get; } = new(
        null, false, CheckoutProblem.None, null, [], [], PackageName.Pro, [], null, string.Empty, null, false, false, null, false, false, null, null);

    public bool SingleVehicle => Vehicles.Length == 1;

    /// <summary>A quote is on screen and current, the terms are accepted, and nothing is in flight.</summary>
    public bool CanPay => Quote is not null && !Quoting && TermsAccepted && !PaymentStarting && !PaymentProcessing && RedirectTo is null && !EmailInvalid;

    /// <summary>An address was typed for the free order's link, and it is not one.</summary>
    public bool EmailInvalid => EmailInput.Trim().Length > 0 && EmailAddress.Normalise(EmailInput) is null;

    public bool AllTicked => Vehicles.Length > 0 && Vehicles.All(vehicle => Ticked.Contains(vehicle.Id));
}
