using CarPulse.Domain.Orders;
using CarPulse.Domain.Pricing;

namespace CarPulse.Web.Features.Checkout.Store;

// Commands from the user.
public sealed record LoadCheckout(string SessionId);

public sealed record ToggleVehicle(long VehicleId);

public sealed record TickAllVehicles(bool Ticked);

public sealed record ConfirmVehicles;

public sealed record BackToVehicles;

public sealed record ChoosePackage(PackageName Package);

public sealed record EditVoucher(string Text);

public sealed record ApplyVoucher;

public sealed record RemoveVoucher;

public sealed record ChoosePaymentMethod(string Method);

public sealed record RequestPayment;

// Results from the effects.
public sealed record CheckoutLoaded(
    OrderStatus Status,
    IReadOnlyList<VehicleCard> Vehicles,
    IReadOnlyList<long> Selected,
    PackageName? Package,
    string? VoucherCode);

public sealed record OffersPriced(IReadOnlyList<PackageOffer> Offers);

public sealed record QuoteStarted;

public sealed record QuoteReceived(Quote Quote);

public sealed record VoucherRefused(string Reason);

public sealed record CheckoutFailed(CheckoutProblem Problem);
