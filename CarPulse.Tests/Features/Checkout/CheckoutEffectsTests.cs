using System.Net;
using System.Net.Http.Json;
using CarPulse.Domain.LiveUpdates;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Pricing;
using CarPulse.Tests.Http;
using CarPulse.Tests.Support;
using CarPulse.Tests.Support.Engines;
using CarPulse.Web.Features.Checkout;
using CarPulse.Web.Features.Checkout.Store;
using CarPulse.Web.Features.Device;
using CarPulse.Web.Hosting;
using CarPulse.Web.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CarPulse.Tests.Features.Checkout;

public sealed class CheckoutEffectsTests : IDisposable
{
    private readonly CarPulseApp _app = new();

    [Fact]
    public async Task Loading_two_cars_shows_the_vehicles_step_without_a_selection()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().WithVehicles(2).Build());
        using var store = NewStore();

        await LoadAsync(store, session.Id);

        Assert.Equal(OrderStatus.Connected, store.State.Status);
        Assert.Equal(2, store.State.Vehicles.Length);
        Assert.Empty(store.State.Ticked);
        Assert.Null(store.State.Quote);
    }

    [Fact]
    public async Task Loading_one_car_selects_it_and_goes_straight_to_a_quote()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().WithVehicles(1).Build());
        using var store = NewStore();

        await LoadAsync(store, session.Id);

        Assert.Equal(OrderStatus.VehiclesSelected, store.State.Status);
        Assert.Equal(1999, store.State.Quote?.TotalCents);
        Assert.Equal([999L, 1999L, 2999L], store.State.Offers.Select(offer => offer.PriceCents));
    }

    [Fact]
    public async Task Confirming_two_cars_selects_them_on_the_session_and_quotes_the_two_band()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().WithVehicles(3).Build());
        using var store = NewStore();
        await LoadAsync(store, session.Id);

        await store.DispatchAsync(new ToggleVehicle(session.Vehicles[0].Id));
        await store.DispatchAsync(new ToggleVehicle(session.Vehicles[2].Id));
        await store.DispatchAsync(new ConfirmVehicles());

        Assert.Equal(2999, store.State.Quote?.TotalCents);
        Assert.Equal(609, store.State.Quote?.VatCents);
        var stored = await StoredAsync(session.Id);
        Assert.Equal(OrderStatus.VehiclesSelected, stored.Status);
        Assert.Equal([session.Vehicles[0].Id, session.Vehicles[2].Id], stored.SelectedVehicleIds.Order());
        Assert.Equal(2999, stored.Quote?.TotalCents);
    }

    [Fact]
    public async Task A_package_change_requotes_and_a_refused_voucher_keeps_the_last_quote()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().WithVehicles(2).InStatus(OrderStatus.VehiclesSelected).Build());
        using var store = NewStore();
        await LoadAsync(store, session.Id);

        await store.DispatchAsync(new ChoosePackage(PackageName.Basic));
        await store.DispatchAsync(new EditVoucher("BOGUS"));
        await store.DispatchAsync(new ApplyVoucher());

        Assert.Equal(1499, store.State.Quote?.TotalCents);
        Assert.Null(store.State.Quote?.Voucher);
        Assert.Equal("This voucher code is not valid.", store.State.VoucherRefusal);
        Assert.Equal(1499, (await StoredAsync(session.Id)).Quote?.TotalCents);
    }

    [Fact]
    public async Task A_valid_voucher_after_a_refused_one_is_applied()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().WithVehicles(1).Build());
        using var store = NewStore();
        await LoadAsync(store, session.Id);

        await store.DispatchAsync(new EditVoucher("NOPE"));
        await store.DispatchAsync(new ApplyVoucher());
        await store.DispatchAsync(new EditVoucher("pilot2026"));
        await store.DispatchAsync(new ApplyVoucher());

        Assert.Null(store.State.VoucherRefusal);
        Assert.Equal(0, store.State.Quote?.TotalCents);
        Assert.Equal("PILOT2026", store.State.Quote?.Voucher?.Code);
    }

    [Fact]
    public async Task Past_the_voucher_limit_the_page_checks_no_more_codes_says_to_wait_and_keeps_the_order()
    {
        using var app = new CarPulseApp(("RateLimits:VoucherChecksPerMinute", "20"));
        var session = await app.SeedAsync(new OrderSessionBuilder().WithVehicles(2).InStatus(OrderStatus.VehiclesSelected).WithPackage(PackageName.Expert).Build());
        using var store = NewStore(app);
        await LoadAsync(store, session.Id);

        var answers = new List<string?>();
        for (var guess = 1; guess <= 25; guess++)
        {
            await store.DispatchAsync(new EditVoucher($"GUESS{guess:00}"));
            await store.DispatchAsync(new ApplyVoucher());
            answers.Add(store.State.VoucherRefusal);
        }

        Assert.Equal(20, answers.Count(answer => answer == "This voucher code is not valid."));
        Assert.Equal(Enumerable.Repeat(VoucherCheckLimit.WaitNotice, 5), answers.Skip(20));
        Assert.Equal(4499, store.State.Quote?.TotalCents);
        Assert.Equal(PackageName.Expert, store.State.Quote?.Package);
        Assert.Equal(2, store.State.Ticked.Count);
    }

    [Fact]
    public async Task While_redis_is_down_the_page_checks_no_code_says_so_and_keeps_the_order_and_afterwards_codes_are_checked_again()
    {
        await using var redis = new RedisServer();
        await redis.StartAsync();
        using var app = new CarPulseApp(("Redis:Configuration", redis.Configuration));
        var session = await app.SeedAsync(new OrderSessionBuilder().WithVehicles(2).InStatus(OrderStatus.VehiclesSelected).WithPackage(PackageName.Expert).Build());
        using var store = NewStore(app);
        await LoadAsync(store, session.Id);

        await redis.StopAsync();
        var duringOutage = await GuessAsync(store, "LAUNCH10");
        var quoteDuringOutage = store.State.Quote;
        await redis.StartAsync();
        var afterwards = await EventuallyCheckedAsync(store, "LAUNCH10");

        Assert.Equal(VoucherCheckLimit.UnavailableNotice, duringOutage);
        Assert.Equal((4499L, null), (quoteDuringOutage?.TotalCents, quoteDuringOutage?.Voucher));
        Assert.Null(afterwards);
        Assert.Equal("LAUNCH10", store.State.Quote?.Voucher?.Code);
    }

    [Fact]
    public async Task Codes_tried_over_the_api_and_on_the_page_from_one_address_share_one_budget()
    {
        using var app = new CarPulseApp(("RateLimits:VoucherChecksPerMinute", "20"));
        var session = await app.SeedAsync(new OrderSessionBuilder().WithVehicles(2).InStatus(OrderStatus.VehiclesSelected).Build());
        using var store = NewStore(app, From("203.0.113.7"));
        await LoadAsync(store, session.Id);
        using var api = app.CreateClient().From("203.0.113.7");
        for (var guess = 1; guess <= 15; guess++)
        {
            await (await api.PostAsJsonAsync("/api/v1/pricing/validate-voucher", new { code = $"API{guess:00}" })).AssertOkJsonAsync();
        }

        var onThePage = new List<string?>();
        for (var guess = 1; guess <= 6; guess++)
        {
            onThePage.Add(await GuessAsync(store, $"PAGE{guess:00}"));
        }

        Assert.Equal([.. Enumerable.Repeat("This voucher code is not valid.", 5), VoucherCheckLimit.WaitNotice], onThePage);
        await (await api.PostAsJsonAsync("/api/v1/pricing/validate-voucher", new { code = "API16" })).AssertProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task One_order_has_one_budget_whichever_addresses_its_guesses_come_from()
    {
        using var app = new CarPulseApp(("RateLimits:VoucherChecksPerMinute", "20"));
        var session = await app.SeedAsync(new OrderSessionBuilder().WithVehicles(2).InStatus(OrderStatus.VehiclesSelected).Build());
        var other = await app.SeedAsync(new OrderSessionBuilder().WithVehicles(2).InStatus(OrderStatus.VehiclesSelected).Build());
        using var car = NewStore(app, From("198.51.100.1"));
        using var phone = NewStore(app, From("198.51.100.2"));
        using var phoneOtherOrder = NewStore(app, From("198.51.100.2"));
        await LoadAsync(car, session.Id);
        await LoadAsync(phone, session.Id);
        await LoadAsync(phoneOtherOrder, other.Id);
        for (var guess = 1; guess <= 10; guess++)
        {
            await GuessAsync(car, $"CAR{guess:00}");
            await GuessAsync(phone, $"PHONE{guess:00}");
        }

        Assert.Equal(VoucherCheckLimit.WaitNotice, await GuessAsync(car, "CAR11"));
        Assert.Equal(VoucherCheckLimit.WaitNotice, await GuessAsync(phone, "PHONE11"));
        Assert.Equal("This voucher code is not valid.", await GuessAsync(phoneOtherOrder, "OTHER01"));
    }

    [Fact]
    public async Task A_minute_after_the_limit_a_code_is_checked_again()
    {
        using var app = new CarPulseApp(("RateLimits:VoucherChecksPerMinute", "3"));
        var session = await app.SeedAsync(new OrderSessionBuilder().WithVehicles(1).InStatus(OrderStatus.VehiclesSelected).Build());
        using var store = NewStore(app);
        await LoadAsync(store, session.Id);
        for (var guess = 1; guess <= 3; guess++)
        {
            await GuessAsync(store, $"GUESS{guess}");
        }

        Assert.Equal(VoucherCheckLimit.WaitNotice, await GuessAsync(store, "LAUNCH10"));
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Null(await GuessAsync(store, "LAUNCH10"));
        Assert.Equal("LAUNCH10", store.State.Quote?.Voucher?.Code);
    }

    [Fact]
    public async Task Changing_the_package_with_the_applied_voucher_spends_no_guess()
    {
        using var app = new CarPulseApp(("RateLimits:VoucherChecksPerMinute", "1"));
        var session = await app.SeedAsync(new OrderSessionBuilder().WithVehicles(2).InStatus(OrderStatus.VehiclesSelected).Build());
        using var store = NewStore(app);
        await LoadAsync(store, session.Id);
        Assert.Null(await GuessAsync(store, "FLEET20"));

        foreach (var package in new[] { PackageName.Basic, PackageName.Expert, PackageName.Pro, PackageName.Basic })
        {
            await store.DispatchAsync(new ChoosePackage(package));
        }

        Assert.Null(store.State.VoucherRefusal);
        Assert.Equal(("FLEET20", 1199L), (store.State.Quote?.Voucher?.Code, store.State.Quote?.TotalCents));
    }

    [Fact]
    public async Task Rapid_package_changes_end_with_the_last_choice_on_screen_and_on_the_session()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().WithVehicles(2).InStatus(OrderStatus.VehiclesSelected).Build());
        using var store = NewStore();
        await LoadAsync(store, session.Id);

        var changes = new[] { PackageName.Basic, PackageName.Expert, PackageName.Basic, PackageName.Pro, PackageName.Expert }
            .Select(package => store.DispatchAsync(new ChoosePackage(package))).ToList();
        await Task.WhenAll(changes);

        Assert.Equal(PackageName.Expert, store.State.Quote?.Package);
        Assert.Equal(4499, store.State.Quote?.TotalCents);
        Assert.Equal(4499, (await StoredAsync(session.Id)).Quote?.TotalCents);
    }

    [Fact]
    public async Task An_expired_session_ends_the_checkout_with_the_expired_problem()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().Build());
        _app.Clock.Advance(TimeSpan.FromMinutes(31));
        using var store = NewStore();

        await LoadAsync(store, session.Id);

        Assert.Equal(CheckoutProblem.Expired, store.State.Problem);
    }

    [Fact]
    public async Task A_conflict_resyncs_the_page_to_the_session_as_it_really_is()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().WithVehicles(2).InStatus(OrderStatus.VehiclesSelected).Build());
        using var store = NewStore();
        await LoadAsync(store, session.Id);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            // Another tab paid meanwhile.
            var orders = scope.ServiceProvider.GetRequiredService<OrderSessionStore>();
            var paying = await orders.GetLiveAsync(session.Id, CancellationToken.None);
            paying.MarkPaid(OrderSessionBuilder.TermsOf(paying), null, paying.Quote?.TotalCents ?? 0, "EUR", OrderSessionBuilder.Now);
            await orders.SaveAsync(CancellationToken.None);
        }

        await store.DispatchAsync(new ChoosePackage(PackageName.Basic));
        await WaitForAsync(store, state => state.Status == OrderStatus.Paid);

        Assert.Equal(OrderStatus.Paid, store.State.Status);
        var stored = await StoredAsync(session.Id);
        Assert.Equal(PackageName.Pro, stored.Package);
        Assert.Equal(2999, stored.Quote?.TotalCents);
    }

    [Fact]
    public async Task A_forged_vehicle_id_over_the_circuit_changes_nothing_and_resyncs()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().WithVehicles(2).Build());
        using var store = NewStore();
        await LoadAsync(store, session.Id);

        await store.DispatchAsync(new ToggleVehicle(424242));
        await store.DispatchAsync(new ConfirmVehicles());
        await WaitForAsync(store, state => state is { Loading: false, Quoting: false });

        Assert.Equal(OrderStatus.Connected, (await StoredAsync(session.Id)).Status);
        Assert.Empty(store.State.Ticked);
    }

    [Fact]
    public async Task Paying_from_the_page_sends_the_provider_the_configured_public_address_not_the_one_the_circuit_reached()
    {
        using var app = new CarPulseApp(("Reports:PublicBaseUrl", "https://carpulse.example"));
        var session = await app.SeedAsync(new OrderSessionBuilder().WithVehicles(2).InStatus(OrderStatus.VehiclesSelected).Build());
        using var store = NewStore(app);
        await LoadAsync(store, session.Id);

        await store.DispatchAsync(new AcceptTerms(true));
        await store.DispatchAsync(new RequestPayment(InCar: false));
        await WaitForAsync(store, state => state.RedirectTo is not null);

        Assert.StartsWith("https://carpulse.example/simulator/payments/checkout/", store.State.RedirectTo?.ToString());
    }

    public void Dispose() => _app.Dispose();

    private static CircuitClientAddress From(string address)
    {
        var client = new CircuitClientAddress();
        client.Capture(address);
        return client;
    }

    /// <summary>Types a code into the voucher box and applies it; answers what the box then says (null: nothing refused).</summary>
    private static async Task<string?> GuessAsync(Store<CheckoutState> store, string code)
    {
        await store.DispatchAsync(new EditVoucher(code));
        await store.DispatchAsync(new ApplyVoucher());
        return store.State.VoucherRefusal;
    }

    /// <summary>Redis is back; the app's connection finds it again within seconds, by itself.</summary>
    private static async Task<string?> EventuallyCheckedAsync(Store<CheckoutState> store, string code)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        string? answer;
        while ((answer = await GuessAsync(store, code)) == VoucherCheckLimit.UnavailableNotice && DateTime.UtcNow < deadline)
        {
            await store.DispatchAsync(new EditVoucher(string.Empty));
            await Task.Delay(200);
        }

        return answer;
    }

    private Store<CheckoutState> NewStore() => NewStore(_app);

    /// <summary>The circuit was reached at http://localhost/ (see <see cref="LocalNavigationManager"/>).</summary>
    private static Store<CheckoutState> NewStore(CarPulseApp app) =>
        NewStore(app, new CircuitClientAddress());

    private static Store<CheckoutState> NewStore(CarPulseApp app, CircuitClientAddress client) =>
        new(CheckoutState.Initial, CheckoutReducers.Reduce, [new CheckoutEffects(app.Services.GetRequiredService<IServiceScopeFactory>(), new OrderChangeFeed(new InProcessEventBus(NullLogger<InProcessEventBus>.Instance)), new ChangeOrigin(), new LocalNavigationManager(), client)]);

    private static async Task LoadAsync(Store<CheckoutState> store, string sessionId)
    {
        await store.DispatchAsync(new LoadCheckout(sessionId));
        await WaitForAsync(store, state => state is { Loading: false, Quoting: false });
    }

    /// <summary>Follow-up actions (a resync) run after the awaited one; wait until the store settles.</summary>
    private static async Task WaitForAsync(Store<CheckoutState> store, Func<CheckoutState, bool> settled)
    {
        for (var attempt = 0; attempt < 200 && !settled(store.State); attempt++)
        {
            await Task.Delay(10);
        }
    }

    private async Task<OrderSession> StoredAsync(string sessionId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrderSessionStore>().GetLiveAsync(sessionId, CancellationToken.None);
    }
}
