using System.Collections.Immutable;
using CarPulse.Domain.Orders;

namespace CarPulse.Web.Features.Checkout.Store;

/// <summary>Pure functions: (state, action) → state. Effects do the talking to the domain.</summary>
public static class CheckoutReducers
{
    public static CheckoutState Reduce(CheckoutState state, object action) => action switch
    {
        LoadCheckout load => CheckoutState.Initial with { SessionId = load.SessionId, Loading = true, PaymentNotice = state.PaymentNotice },
        CheckoutLoaded loaded => Loaded(state, loaded),
        ToggleVehicle toggle when !state.SingleVehicle => state with
        {
            Ticked = state.Ticked.Contains(toggle.VehicleId) ? state.Ticked.Remove(toggle.VehicleId) : state.Ticked.Add(toggle.VehicleId),
        },
        TickAllVehicles all when !state.SingleVehicle => state with { Ticked = all.Ticked ? [.. state.Vehicles.Select(v => v.Id)] : [] },
        ConfirmVehicles when state.Ticked.Count > 0 => state with { Quoting = true },
        BackToVehicles => state with { Status = OrderStatus.Connected, Ticked = state.SingleVehicle ? state.Ticked : [], Quote = null, VoucherRefusal = null },
        ChoosePackage choose => state with { Package = choose.Package, Quoting = true },
        EditVoucher edit => state with { VoucherInput = edit.Text, VoucherRefusal = null },
        ApplyVoucher => state with { VoucherInput = state.VoucherInput.Trim().ToUpperInvariant(), Quoting = true },
        RemoveVoucher => state with { VoucherInput = string.Empty, VoucherRefusal = null, Quoting = true },
        AcceptTerms terms => state with { TermsAccepted = terms.Accepted },
        EditEmail email => state with { EmailInput = email.Text },
        RequestPayment when state.CanPay => state with { PaymentStarting = true, PaymentNotice = null },
        PaymentRedirect redirect => state with { RedirectTo = redirect.CheckoutUrl },
        PaymentNotStarted failed => state with { PaymentStarting = false, PaymentNotice = failed.Notice },
        ShowPaymentNotice notice => state with { PaymentNotice = notice.Notice },
        OffersPriced priced => state with { Offers = [.. priced.Offers] },
        QuoteStarted => state with { Quoting = true },
        QuoteReceived received => state with { Quote = received.Quote, Quoting = false, Status = OrderStatus.VehiclesSelected },
        VoucherRefused refused => state with { VoucherRefusal = refused.Reason, Quoting = false },
        CheckoutFailed failed => state with { Problem = failed.Problem, Loading = false, Quoting = false },
        _ => state,
    };

    private static CheckoutState Loaded(CheckoutState state, CheckoutLoaded loaded)
    {
        var vehicles = loaded.Vehicles.ToImmutableArray();
        // One car needs no choosing: it is selected and the user goes straight to the package.
        ImmutableHashSet<long> ticked = vehicles.Length == 1 ? [vehicles[0].Id] : [.. loaded.Selected];
        return state with
        {
            Loading = false,
            Problem = CheckoutProblem.None,
            Status = loaded.Status,
            DataDeletedAt = loaded.DataDeletedAt,
            Vehicles = vehicles,
            Ticked = ticked,
            Package = loaded.Package ?? state.Package,
            VoucherInput = loaded.VoucherCode ?? state.VoucherInput,
            Quoting = false,
            PaymentProcessing = loaded.PaymentProcessing,
            StoredQuote = loaded.StoredQuote,
        };
    }
}
