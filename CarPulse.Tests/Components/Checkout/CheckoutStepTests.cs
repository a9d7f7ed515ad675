using System.Globalization;
using Bunit;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Pricing;
using CarPulse.Web.Features.Checkout.Package;
using CarPulse.Web.Features.Checkout.Store;
using CarPulse.Web.Features.Checkout.Vehicles;
using CarPulse.Domain.Orders.Handoffs;
using CarPulse.Tests.Support;
using CarPulse.Web.Features.Checkout.Handoff;
using CarPulse.Web.Features.Device;
using CarPulse.Domain.Reports;
using CarPulse.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CarPulse.Tests.Components.Checkout;

public sealed class CheckoutStepTests : CarPulseTestContext
{
    private static readonly VehicleCard Jt3 = new(1, "JT3", "Model 3", 2021, "LRW3E7EB9MC21****", "online");
    private static readonly VehicleCard Family = new(2, "Family", "Model Y", 2023, "XP7YGCEE1PB09****", "asleep");
    private readonly List<object> _dispatched = [];
    public CheckoutStepTests()
    {
        UseDatabase(new FakeTimeProvider(OrderSessionBuilder.Now));
        Services.AddScoped<HandoffService>();
        Services.AddScoped<HandoffLinks>();
        Services.AddOptions<ReportOptions>();
        Services.AddSingleton<PublicAddress>();
    }

    private static CheckoutState Connected(params VehicleCard[] vehicles) =>
        CheckoutReducers.Reduce(CheckoutReducers.Reduce(CheckoutState.Initial, new LoadCheckout("s")), new CheckoutLoaded(OrderStatus.Connected, vehicles, [], null, null, false, null));

    private static CheckoutState Quoted(CheckoutState state, PackageName package, int vehicles, Voucher? voucher = null)
    {
        var quote = QuoteCalculator.Calculate(TierTable.Default, package, vehicles, voucher, DateTimeOffset.UnixEpoch, VatRate.Finland);
        var offers = PackageCatalog.All.Select(p => new PackageOffer(p.Name, p.Title, p.Features, TierTable.Default.Lookup(p.Name, vehicles).PriceCents,
            TierTable.Default.LabelFor(p.Name, TierTable.Default.Lookup(p.Name, vehicles)))).ToList();
        return CheckoutReducers.Reduce(CheckoutReducers.Reduce(state with { Package = package }, new OffersPriced(offers)), new QuoteReceived(quote));
    }

    [Fact]
    public void Two_cars_show_two_cards_with_checkboxes_and_a_disabled_continue()
    {
        var step = Render<VehiclesStep>(p => p.Add(x => x.State, Connected(Jt3, Family)).Add(x => x.Dispatch, _dispatched.Add));

        Assert.Equal(2, step.FindAll("[data-testid=vehicle-card]").Count);
        Assert.Equal(2, step.FindAll("input[type=checkbox]").Count);
        Assert.True(step.FindButton("Continue with 0 vehicles").HasAttribute("disabled"));
        Assert.Contains("2 vehicles found on your Tesla account", step.Text());
        Assert.Contains("LRW3E7EB9MC21****", step.Text());
    }

    [Fact]
    public void Select_all_dispatches_ticking_every_car()
    {
        var step = Render<VehiclesStep>(p => p.Add(x => x.State, Connected(Jt3, Family)).Add(x => x.Dispatch, _dispatched.Add));

        step.FindButton("Select all").Click();

        Assert.Equal([new TickAllVehicles(true)], _dispatched);
    }

    [Fact]
    public void Ticking_a_car_dispatches_its_id()
    {
        var step = Render<VehiclesStep>(p => p.Add(x => x.State, Connected(Jt3, Family)).Add(x => x.Dispatch, _dispatched.Add));

        step.FindAll("input[type=checkbox]")[1].Change(true);

        Assert.Equal([new ToggleVehicle(Family.Id)], _dispatched);
    }

    [Fact]
    public void Tapping_anywhere_on_a_card_ticks_that_car()
    {
        var step = Render<VehiclesStep>(p => p.Add(x => x.State, Connected(Jt3, Family)).Add(x => x.Dispatch, _dispatched.Add));

        step.FindAll("[data-testid=vehicle-card]")[0].Click();

        Assert.Equal([new ToggleVehicle(Jt3.Id)], _dispatched);
    }

    [Fact]
    public void One_car_is_shown_read_only_on_the_package_step_without_a_way_back()
    {
        var state = Quoted(Connected(Jt3), PackageName.Pro, 1);

        var step = RenderPackageStep(state);

        Assert.Empty(step.FindAll("section[aria-labelledby=vehicles-heading] input[type=checkbox]"));
        Assert.DoesNotContain("Change vehicles", step.Text());
        Assert.Contains("JT3", step.Text());
    }

    [Fact]
    public void The_pay_button_shows_the_total_and_the_vat_line_is_there()
    {
        var state = Quoted(CheckoutReducers.Reduce(Connected(Jt3, Family), new TickAllVehicles(true)), PackageName.Pro, 2);

        var step = RenderPackageStep(state);

        Assert.Equal("Pay €29.99", step.Find("[data-testid=pay]").TextContent.Trim());
        Assert.Equal("€6.09", step.Find("[data-testid=vat]").TextContent.Trim());
        Assert.Contains("of which VAT 25.5 %", step.Text());
    }

    [Fact]
    public void A_zero_total_reads_get_free_report_and_offers_no_payment_method()
    {
        var pilot = Voucher.Create("PILOT2026", VoucherType.Free, 100, "Test pilot", true, null, null, null);
        var state = Quoted(Connected(Jt3), PackageName.Expert, 1, pilot);

        var step = RenderPackageStep(state);

        Assert.Equal("Get free report", step.Find("[data-testid=pay]").TextContent.Trim());
        Assert.Empty(step.FindAll(".payment-methods"));
        Assert.Contains("Test pilot (PILOT2026)", step.Find("[data-testid=voucher-line]").TextContent);
    }

    [Fact]
    public void A_free_order_offers_email_me_the_link_and_a_paid_one_does_not()
    {
        var pilot = Voucher.Create("PILOT2026", VoucherType.Free, 100, "Test pilot", true, null, null, null);
        var free = RenderPackageStep(Quoted(Connected(Jt3), PackageName.Expert, 1, pilot));
        var paid = RenderPackageStep(Quoted(Connected(Jt3), PackageName.Pro, 1));

        free.Find("[data-testid=free-order-email] input").Input("owner@example.com");

        Assert.Contains("Email me the link (optional)", free.Find("[data-testid=free-order-email]").TextContent);
        Assert.Contains(new EditEmail("owner@example.com"), _dispatched);
        Assert.Empty(paid.FindAll("[data-testid=free-order-email]"));
    }

    [Fact]
    public void An_email_that_is_not_one_is_named_and_holds_the_free_order_back()
    {
        var pilot = Voucher.Create("PILOT2026", VoucherType.Free, 100, "Test pilot", true, null, null, null);
        var state = Quoted(Connected(Jt3), PackageName.Expert, 1, pilot) with { TermsAccepted = true };

        var typo = RenderPackageStep(CheckoutReducers.Reduce(state, new EditEmail("owner@example")));
        var fixedUp = RenderPackageStep(CheckoutReducers.Reduce(state, new EditEmail("owner@example.com")));

        Assert.Contains("Enter an email address such as name@example.com.", typo.Find("[data-testid=free-order-email]").TextContent);
        Assert.True(typo.Find("[data-testid=pay]").HasAttribute("disabled"));
        Assert.False(fixedUp.Find("[data-testid=pay]").HasAttribute("disabled"));
    }

    [Fact]
    public void The_terms_box_links_the_terms_of_sale()
    {
        var step = RenderPackageStep(Quoted(Connected(Jt3), PackageName.Pro, 1));

        Assert.Equal("/terms", step.Find("[data-testid=terms-link]").GetAttribute("href"));
    }

    [Fact]
    public void Pay_waits_for_the_terms_and_then_starts_the_payment()
    {
        var state = Quoted(Connected(Jt3), PackageName.Pro, 1);

        var step = RenderPackageStep(state);
        Assert.True(step.Find("[data-testid=pay]").HasAttribute("disabled"));
        step.Find("[data-testid=terms] input").Change(true);
        Assert.Equal([new AcceptTerms(true)], _dispatched);

        step.Render(p => p.Add(x => x.State, CheckoutReducers.Reduce(state, new AcceptTerms(true))));
        step.Find("[data-testid=pay]").Click();

        Assert.Equal([new AcceptTerms(true), new RequestPayment(InCar: false)], _dispatched);
    }

    [Fact]
    public void In_the_car_pay_says_so_and_the_wallets_are_not_listed()
    {
        var state = CheckoutReducers.Reduce(Quoted(Connected(Jt3), PackageName.Pro, 1), new AcceptTerms(true));

        var car = RenderPackageStep(state, ClientDevice.TeslaBrowser);
        car.Find("[data-testid=pay]").Click();

        Assert.Equal([new RequestPayment(InCar: true)], _dispatched);
        Assert.Equal(["Card", "PayPal", "MobilePay"], car.FindAll(".payment-methods li").Select(li => li.TextContent));
        Assert.Equal(["Card", "Google Pay", "Apple Pay", "PayPal", "MobilePay"],
            RenderPackageStep(state).FindAll(".payment-methods li").Select(li => li.TextContent));
    }

    [Fact]
    public void While_the_checkout_opens_pay_says_it_is_redirecting_and_cannot_be_pressed_again()
    {
        var state = CheckoutReducers.Reduce(CheckoutReducers.Reduce(Quoted(Connected(Jt3), PackageName.Pro, 1), new AcceptTerms(true)), new RequestPayment(false));

        var pay = RenderPackageStep(state).Find("[data-testid=pay]");

        Assert.Contains("Redirecting to secure payment", pay.TextContent);
        Assert.True(pay.HasAttribute("disabled"));
    }

    [Theory]
    [InlineData("cancelled", "Payment cancelled. Nothing was charged")]
    [InlineData("declined", "The payment was declined. Nothing was charged")]
    [InlineData("unavailable", "The payment service is not answering")]
    public void Back_from_the_payment_page_the_reason_is_shown_above_the_quote(string notice, string message)
    {
        var state = CheckoutReducers.Reduce(Quoted(Connected(Jt3), PackageName.Pro, 1), new ShowPaymentNotice(notice));

        Assert.StartsWith(message, RenderPackageStep(state).Find("[data-testid=payment-notice]").TextContent.Trim());
    }

    [Fact]
    public void A_forged_notice_in_the_address_shows_nothing()
    {
        var state = CheckoutReducers.Reduce(Quoted(Connected(Jt3), PackageName.Pro, 1), new ShowPaymentNotice("<script>alert(1)</script>"));

        Assert.Empty(RenderPackageStep(state).FindAll("[data-testid=payment-notice]"));
    }

    [Fact]
    public void In_demo_mode_the_page_says_no_money_moves()
    {
        var step = RenderPackageStep(Quoted(Connected(Jt3), PackageName.Pro, 1), testMode: true);

        Assert.Contains("no money moves", step.Find("[data-testid=test-mode]").TextContent);
    }

    [Fact]
    public void Choosing_another_package_dispatches_it()
    {
        var step = RenderPackageStep(Quoted(Connected(Jt3), PackageName.Pro, 1));

        step.FindAll("button[role=radio]").Single(b => b.TextContent.Contains("Expert")).Click();

        Assert.Equal([new ChoosePackage(PackageName.Expert)], _dispatched);
    }

    [Fact]
    public void A_refused_voucher_shows_its_reason_next_to_the_field()
    {
        var state = CheckoutReducers.Reduce(Quoted(Connected(Jt3), PackageName.Pro, 1), new VoucherRefused("This voucher has expired."));

        var step = RenderPackageStep(state);

        Assert.Equal("This voucher has expired.", step.Find("[data-testid=voucher-refusal]").TextContent.Trim());
        Assert.Equal("true", step.Find("#voucher-code").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void Typing_a_voucher_and_pressing_enter_applies_it()
    {
        var state = CheckoutReducers.Reduce(Quoted(Connected(Jt3), PackageName.Pro, 1), new EditVoucher("LAUNCH10"));
        var step = RenderPackageStep(state);

        step.Find("#voucher-code").Input("LAUNCH10");
        step.Find("#voucher-code").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });

        Assert.Equal([new EditVoucher("LAUNCH10"), new ApplyVoucher()], _dispatched);
    }

    [Fact]
    public void The_voucher_box_keeps_what_is_being_typed_when_an_older_keystroke_comes_back()
    {
        var edits = new List<string>();
        var field = Render<VoucherField>(p => p.Add(x => x.Text, "").Add(x => x.Edited, text => edits.Add(text)));

        field.Find("#voucher-code").Input("F");
        field.Render(p => p.Add(x => x.Text, "F"));
        var input = field.Find("#voucher-code");

        Assert.Equal(["F"], edits);
        Assert.Equal("", input.GetAttribute("value"));
    }

    [Fact]
    public void The_voucher_box_takes_no_more_than_the_longest_code()
    {
        var field = Render<VoucherField>(p => p.Add(x => x.Text, ""));

        Assert.Equal("32", field.Find("#voucher-code").GetAttribute("maxlength"));
    }

    [Fact]
    public void A_voucher_removed_elsewhere_empties_the_box()
    {
        var field = Render<VoucherField>(p => p.Add(x => x.Text, "LAUNCH10"));

        field.Render(p => p.Add(x => x.Text, ""));

        Assert.Equal("", field.Find("#voucher-code").GetAttribute("value"));
        Assert.Equal("LAUNCH10", Render<VoucherField>(p => p.Add(x => x.Text, "LAUNCH10")).Find("#voucher-code").GetAttribute("value"));
    }

    [Fact]
    public void Twelve_cars_are_priced_as_one_total_for_twelve_vehicles()
    {
        var twelve = Enumerable.Range(1, 12).Select(i => new VehicleCard(i, $"CP-{i:00}", "Model Y", 2023, "XP7YGCEE1PB09****", "online")).ToArray();
        var state = Quoted(CheckoutReducers.Reduce(Connected(twelve), new TickAllVehicles(true)), PackageName.Pro, 12);

        var step = RenderPackageStep(state);

        Assert.Contains("total for 12 vehicles", step.Text());
        Assert.Contains("Pro report — 12 vehicles", step.Text());
        Assert.Equal("Pay €79.99", step.Find("[data-testid=pay]").TextContent.Trim());
    }

    [Fact]
    public void In_the_car_the_package_step_offers_to_continue_on_the_phone()
    {
        var state = Quoted(Connected(Jt3), PackageName.Pro, 1);

        var inCar = RenderPackageStep(state, ClientDevice.TeslaBrowser);
        var desktop = RenderPackageStep(state, ClientDevice.OtherBrowser);

        Assert.Contains("Continue on your phone", inCar.Text());
        Assert.DoesNotContain("Continue on your phone", desktop.Text());
    }

    [Fact]
    public void In_finnish_money_reads_29_99_euro_after_the_number()
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fi");
        try
        {
            var state = Quoted(CheckoutReducers.Reduce(Connected(Jt3, Family), new TickAllVehicles(true)), PackageName.Pro, 2);

            var step = RenderPackageStep(state);

            Assert.Equal("Maksa 29,99 €", step.Find("[data-testid=pay]").TextContent.Trim().Replace('\u00A0', ' '));
            Assert.Contains("Yhteensä (sis. ALV)", step.Text());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    [Theory]
    [InlineData("en", "Too many voucher codes tried. Please wait a minute and try again.")]
    [InlineData("fi", "Liian monta alennuskoodia kokeiltu. Odota hetki ja yritä uudelleen.")]
    [InlineData("sv", "För många rabattkoder har prövats. Vänta en minut och försök igen.")]
    public void Past_the_voucher_limit_the_voucher_box_says_to_wait_in_the_page_language(string culture, string expected)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var state = CheckoutReducers.Reduce(Quoted(Connected(Jt3), PackageName.Pro, 1), new VoucherRefused(VoucherCheckLimit.WaitNotice));

            var step = RenderPackageStep(state);

            Assert.Equal(expected, step.Find("[role=alert][data-testid=voucher-refusal]").TextContent.Trim());
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private IRenderedComponent<PackageStep> RenderPackageStep(CheckoutState state, ClientDevice? device = null, bool testMode = false)
    {
        device ??= ClientDevice.OtherBrowser;
        return Render<PackageStep>(p => p
            .Add(x => x.State, state)
            .Add(x => x.Dispatch, _dispatched.Add)
            .Add(x => x.VatRate, 25.5m)
            .Add(x => x.Methods, PaymentMethods.Offered(new PaymentOptions(), device.IsTeslaBrowser))
            .Add(x => x.TestMode, testMode)
            .AddCascadingValue(device));
    }
}
