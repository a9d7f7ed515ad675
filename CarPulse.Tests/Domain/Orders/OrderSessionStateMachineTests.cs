using CarPulse.Domain.Orders;
using CarPulse.Domain.Pricing;
using CarPulse.Tests.Support;

namespace CarPulse.Tests.Domain.Orders;

public sealed class OrderSessionStateMachineTests
{
    public enum OrderAction { Select, ClearSelection, ApplyQuote, MarkPaid, StartGenerating, Complete }

    // SPEC §2 written out by hand: status → the actions it allows and where each leads.
    private static readonly Dictionary<(OrderStatus, OrderAction), OrderStatus> Allowed = new()
    {
        [(OrderStatus.Connected, OrderAction.Select)] = OrderStatus.VehiclesSelected,
        [(OrderStatus.Connected, OrderAction.ClearSelection)] = OrderStatus.Connected,
        [(OrderStatus.VehiclesSelected, OrderAction.Select)] = OrderStatus.VehiclesSelected,
        [(OrderStatus.VehiclesSelected, OrderAction.ClearSelection)] = OrderStatus.Connected,
        [(OrderStatus.VehiclesSelected, OrderAction.ApplyQuote)] = OrderStatus.VehiclesSelected,
        [(OrderStatus.VehiclesSelected, OrderAction.MarkPaid)] = OrderStatus.Paid,
        [(OrderStatus.Paid, OrderAction.StartGenerating)] = OrderStatus.Generating,
        [(OrderStatus.Generating, OrderAction.Complete)] = OrderStatus.Complete,
    };

    public static TheoryData<OrderStatus, OrderAction> EveryStatusAndAction()
    {
        var data = new TheoryData<OrderStatus, OrderAction>();
        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            foreach (var action in Enum.GetValues<OrderAction>())
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndAction))]
    public void Allowed_actions_move_and_all_others_are_a_conflict_naming_the_status(OrderStatus status, OrderAction action)
    {
        var session = new OrderSessionBuilder().InStatus(status).Build();

        if (Allowed.TryGetValue((status, action), out var next))
        {
            Perform(session, action, OrderSessionBuilder.Now);
            Assert.Equal(next, session.Status);
        }
        else
        {
            var conflict = Assert.Throws<OrderConflict>(() => Perform(session, action, OrderSessionBuilder.Now));
            Assert.Equal(status, conflict.CurrentStatus);
            Assert.Contains(status.ToWireName(), conflict.Message);
            Assert.Equal(status, session.Status);
        }
    }

    [Theory]
    [InlineData(OrderStatus.Connected)]
    [InlineData(OrderStatus.VehiclesSelected)]
    public void Every_action_on_an_expired_unpaid_session_is_gone(OrderStatus status)
    {
        var later = OrderSessionBuilder.Now + OrderOptions.DefaultSessionLifetime;
        foreach (var action in Enum.GetValues<OrderAction>())
        {
            var session = new OrderSessionBuilder().InStatus(status).Build();
            Assert.Throws<OrderGone>(() => Perform(session, action, later));
            Assert.Equal(status, session.Status);
        }
    }

    [Fact]
    public void An_unpaid_session_lives_thirty_minutes()
    {
        var session = new OrderSessionBuilder().Build();

        Assert.Equal(OrderSessionBuilder.Now.AddMinutes(30), session.ExpiresAt);
        Assert.False(session.IsExpired(OrderSessionBuilder.Now.AddMinutes(30).AddTicks(-1)));
        Assert.True(session.IsExpired(OrderSessionBuilder.Now.AddMinutes(30)));
    }

    [Theory]
    [InlineData(OrderStatus.Paid)]
    [InlineData(OrderStatus.Generating)]
    [InlineData(OrderStatus.Complete)]
    public void A_paid_session_does_not_expire(OrderStatus status)
    {
        var session = new OrderSessionBuilder().InStatus(status).Build();

        Assert.False(session.IsExpired(OrderSessionBuilder.Now.AddDays(30)));
    }

    private static void Perform(OrderSession session, OrderAction action, DateTimeOffset now)
    {
        var ids = session.Vehicles.Select(vehicle => vehicle.Id).ToList();
        switch (action)
        {
            case OrderAction.Select:
                session.Select(ids, PackageName.Basic, now);
                break;
            case OrderAction.ClearSelection:
                session.ClearSelection(now);
                break;
            case OrderAction.ApplyQuote:
                session.ApplyQuote(QuoteCalculator.Calculate(TierTable.Default, session.Package ?? PackageName.Pro, Math.Max(1, session.SelectedVehicleIds.Count), null, now, VatRate.Finland), now);
                break;
            case OrderAction.MarkPaid:
                session.MarkPaid(OrderSessionBuilder.TermsOf(session), null, session.Quote?.TotalCents ?? 0, "EUR", now);
                break;
            case OrderAction.StartGenerating:
                session.StartGenerating(now);
                break;
            case OrderAction.Complete:
                session.Complete(now);
                break;
        }
    }
}
