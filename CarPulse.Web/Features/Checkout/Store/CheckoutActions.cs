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

public sealed record AcceptTerms(bool Accepted);

/// <summary>The address a free order's link goes to ("Email me the link"); empty for none.</summary>
public sealed record EditEmail(string Text);

/// <summary>Pay the stored quote. <paramref name="InCar"/>: started in the Tesla browser, where wallets are not offered.</summary>
public sealed record RequestPayment(bool InCar);

/// <summary>Back from a payment page with something to say (<c>?payment=cancelled</c>…).</summary>
public sealed record ShowPaymentNotice(string? Notice);

// Results from the effects.
public sealed record CheckoutLoaded(
    OrderStatus Status,
    IReadOnlyList<VehicleCard> Vehicles,
    IReadOnlyList<long> Selected,
    PackageName? Package,
    string? VoucherCode,
    bool PaymentProcessing,
    OrderQuote? StoredQuote,
    DateTimeOffset? DataDeletedAt = null);

public sealed record OffersPriced(IReadOnlyList<PackageOffer> Offers);

public sealed record QuoteStarted;

public sealed record QuoteReceived(Quote Quote);

public sealed record VoucherRefused(string Reason);

public sealed record CheckoutFailed(CheckoutProblem Problem);

/// <summary>The provider's checkout is ready: the page leaves for it.</summary>
public sealed record PaymentRedirect(Uri CheckoutUrl);

/// <summary>The provider could not start a checkout; nothing was charged and the user may try again.</summary>
public sealed record PaymentNotStarted(string Notice);
