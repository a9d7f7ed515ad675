using CarPulse.Domain.Orders;
using CarPulse.Domain.Pricing;
using CarPulse.Web.Features.Checkout.Store;

namespace CarPulse.Tests.Features.Checkout;

public sealed class CheckoutReducerTests
{
    private static readonly VehicleCard Jt3 = new(1, "JT3", "Model 3", 2021, "LRW3E7EB9MC21****", "online");
    private static readonly VehicleCard Family = new(2, "Family", "Model Y", 2023, "XP7YGCEE1PB09****", "asleep");

    private static CheckoutState Loaded(params VehicleCard[] vehicles) => CheckoutReducers.Reduce(
        CheckoutReducers.Reduce(CheckoutState.Initial, new LoadCheckout("session")),
        new CheckoutLoaded(OrderStatus.Connected, vehicles, [], null, null, false, null));

    [Fact]
    public void Loading_starts_from_a_clean_state_for_the_session()
    {
        var state = CheckoutReducers.Reduce(CheckoutState.Initial with { VoucherInput = "OLD" }, new LoadCheckout("abc"));

        Assert.Equal("abc", state.SessionId);
        Assert.True(state.Loading);
        Assert.Equal(string.Empty, state.VoucherInput);
    }

    [Fact]
    public void A_single_car_is_ticked_on_load_and_cannot_be_unticked()
    {
        var state = Loaded(Jt3);

        var toggled = CheckoutReducers.Reduce(state, new ToggleVehicle(Jt3.Id));

        Assert.True(state.SingleVehicle);
        Assert.Equal([Jt3.Id], toggled.Ticked);
    }

    [Fact]
    public void Two_cars_start_unticked_and_toggle_one_by_one()
    {
        var state = Loaded(Jt3, Family);

        var one = CheckoutReducers.Reduce(state, new ToggleVehicle(Family.Id));
        var none = CheckoutReducers.Reduce(one, new ToggleVehicle(Family.Id));

        Assert.Empty(state.Ticked);
        Assert.Equal([Family.Id], one.Ticked);
        Assert.Empty(none.Ticked);
    }

    [Fact]
    public void Select_all_ticks_every_car_and_again_clears_them()
    {
        var all = CheckoutReducers.Reduce(Loaded(Jt3, Family), new TickAllVehicles(true));
        var cleared = CheckoutReducers.Reduce(all, new TickAllVehicles(false));

        Assert.True(all.AllTicked);
        Assert.Empty(cleared.Ticked);
    }

    [Fact]
    public void Continuing_without_a_car_changes_nothing()
    {
        var state = Loaded(Jt3, Family);

        Assert.Same(state, CheckoutReducers.Reduce(state, new ConfirmVehicles()));
    }

    [Fact]
    public void Going_back_clears_the_selection_and_the_quote()
    {
        var quote = QuoteCalculator.Calculate(TierTable.Default, PackageName.Pro, 2, null, DateTimeOffset.UnixEpoch, VatRate.Finland);
        var quoted = CheckoutReducers.Reduce(CheckoutReducers.Reduce(Loaded(Jt3, Family), new TickAllVehicles(true)), new QuoteReceived(quote));

        var back = CheckoutReducers.Reduce(quoted, new BackToVehicles());

        Assert.Equal(OrderStatus.VehiclesSelected, quoted.Status);
        Assert.Equal(OrderStatus.Connected, back.Status);
        Assert.Empty(back.Ticked);
        Assert.Null(back.Quote);
    }

    [Fact]
    public void A_refused_voucher_shows_its_reason_until_the_code_is_edited()
    {
        var refused = CheckoutReducers.Reduce(Loaded(Jt3), new VoucherRefused("This voucher has expired."));
        var edited = CheckoutReducers.Reduce(refused, new EditVoucher("LAUNCH10"));

        Assert.Equal("This voucher has expired.", refused.VoucherRefusal);
        Assert.Null(edited.VoucherRefusal);
    }

    [Fact]
    public void Applying_a_voucher_normalises_the_code_and_marks_the_quote_as_pending()
    {
        var state = CheckoutReducers.Reduce(CheckoutReducers.Reduce(Loaded(Jt3), new EditVoucher(" launch10 ")), new ApplyVoucher());

        Assert.Equal("LAUNCH10", state.VoucherInput);
        Assert.True(state.Quoting);
    }

    [Fact]
    public void Paying_needs_a_quote()
    {
        var state = CheckoutReducers.Reduce(Loaded(Jt3), new AcceptTerms(true));

        Assert.False(CheckoutReducers.Reduce(state, new RequestPayment(InCar: false)).PaymentStarting);
    }

    [Fact]
    public void An_expired_session_is_a_problem_that_stops_loading()
    {
        var state = CheckoutReducers.Reduce(CheckoutReducers.Reduce(CheckoutState.Initial, new LoadCheckout("x")), new CheckoutFailed(CheckoutProblem.Expired));

        Assert.Equal(CheckoutProblem.Expired, state.Problem);
        Assert.False(state.Loading);
    }
}
