using CarPulse.Domain;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Pricing;
using CarPulse.Domain.Tesla;
using CarPulse.Tests.Support;

namespace CarPulse.Tests.Domain.Orders;

public sealed class OrderSessionTests
{
    private static readonly DateTimeOffset Now = OrderSessionBuilder.Now;

    [Fact]
    public void Start_without_vehicles_is_refused_and_creates_nothing()
    {
        var tokens = new TeslaTokens("a", "r", Now.AddHours(8));

        var error = Assert.Throws<InputInvalid>(() => OrderSession.Start(tokens, FleetRegion.Europe, [], Now, OrderOptions.DefaultSessionLifetime));

        Assert.Equal("No vehicles found on your Tesla account.", error.Message);
    }

    [Fact]
    public void Start_gives_a_connected_session_with_a_43_character_base64url_id()
    {
        var session = new OrderSessionBuilder().Build();

        Assert.Equal(OrderStatus.Connected, session.Status);
        Assert.Equal(43, session.Id.Length);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", session.Id);
        Assert.True(SessionId.IsWellFormed(session.Id));
    }

    [Fact]
    public void Session_ids_do_not_repeat()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => SessionId.New()).ToHashSet();

        Assert.Equal(1000, ids.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Malformed_session_ids_are_recognised_without_a_lookup(string? candidate)
    {
        Assert.False(SessionId.IsWellFormed(candidate));
    }

    [Fact]
    public void Select_with_no_vehicles_names_the_field()
    {
        var session = new OrderSessionBuilder().Build();

        var error = Assert.Throws<InputInvalid>(() => session.Select([], PackageName.Pro, Now));

        Assert.Equal("vehicle_ids", error.Field);
        Assert.Equal(OrderStatus.Connected, session.Status);
    }

    [Fact]
    public void Select_with_a_vehicle_not_in_the_session_is_refused()
    {
        var session = new OrderSessionBuilder().Build();

        var error = Assert.Throws<InputInvalid>(() => session.Select([session.Vehicles[0].Id, 42], PackageName.Pro, Now));

        Assert.Contains("42", error.Message);
        Assert.Empty(session.SelectedVehicleIds);
    }

    [Fact]
    public void Select_with_a_million_unknown_ids_names_five_and_counts_the_rest()
    {
        var session = new OrderSessionBuilder().Build();
        var unknown = Enumerable.Range(1, 1_300_000).Select(i => (long)i).ToList();

        var error = Assert.Throws<InputInvalid>(() => session.Select(unknown, PackageName.Pro, Now));

        Assert.Equal("Unknown vehicle ids: 1, 2, 3, 4, 5 and 1299995 more.", error.Message);
    }

    [Fact]
    public void Reselection_replaces_the_vehicles_package_and_drops_the_old_quote()
    {
        var session = new OrderSessionBuilder().WithVehicles(3).InStatus(OrderStatus.VehiclesSelected).Build();

        session.Select([session.Vehicles[2].Id, session.Vehicles[2].Id], PackageName.Expert, Now);

        Assert.Equal(OrderStatus.VehiclesSelected, session.Status);
        Assert.Equal([session.Vehicles[2].Id], session.SelectedVehicleIds);
        Assert.Equal(PackageName.Expert, session.Package);
        Assert.Null(session.Quote);
    }

    [Fact]
    public void Clearing_the_selection_keeps_the_connection()
    {
        var session = new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build();

        session.ClearSelection(Now);

        Assert.Equal(OrderStatus.Connected, session.Status);
        Assert.Empty(session.SelectedVehicleIds);
        Assert.Null(session.Package);
        Assert.NotNull(session.Tokens);
        Assert.Equal(2, session.Vehicles.Count);
    }

    [Fact]
    public void A_quote_for_another_vehicle_count_is_refused()
    {
        var session = new OrderSessionBuilder().WithVehicles(3).InStatus(OrderStatus.VehiclesSelected).Build();
        var wrong = QuoteCalculator.Calculate(TierTable.Default, PackageName.Pro, 1, null, Now, VatRate.Finland);

        Assert.Throws<InputInvalid>(() => session.ApplyQuote(wrong, Now));
    }

    [Fact]
    public void Paying_without_a_quote_is_a_conflict()
    {
        var session = new OrderSessionBuilder().Build();
        session.Select([session.Vehicles[0].Id], PackageName.Basic, Now);

        Assert.Throws<CheckoutSuperseded>(() => session.MarkPaid(OrderSessionBuilder.TermsOf(session), null, 999, "EUR", Now));
        Assert.Equal(OrderStatus.VehiclesSelected, session.Status);
    }

    [Theory]
    [InlineData(2998, "EUR")]
    [InlineData(3000, "EUR")]
    [InlineData(2999, "USD")]
    public void A_payment_that_differs_from_the_quote_is_refused_and_the_order_stays_unpaid(long amount, string currency)
    {
        var session = new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build();

        Assert.Equal(2999, session.Quote?.TotalCents);
        Assert.Throws<PaymentMismatch>(() => session.MarkPaid(OrderSessionBuilder.TermsOf(session), null, amount, currency, Now));
        Assert.Equal(OrderStatus.VehiclesSelected, session.Status);
    }

    [Fact]
    public void Completing_deletes_the_tesla_tokens()
    {
        var session = new OrderSessionBuilder().InStatus(OrderStatus.Generating).Build();

        session.Complete(Now);

        Assert.Null(session.Tokens);
    }

    [Fact]
    public void Tokens_never_show_in_their_text_form()
    {
        var tokens = new TeslaTokens(OrderSessionBuilder.AccessToken, OrderSessionBuilder.RefreshToken, Now);

        Assert.DoesNotContain(OrderSessionBuilder.AccessToken, tokens.ToString());
        Assert.DoesNotContain(OrderSessionBuilder.RefreshToken, tokens.ToString());
    }
}
