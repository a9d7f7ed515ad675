using CarPulse.Domain.LiveUpdates;
using CarPulse.Web.Features.Checkout;
using Microsoft.Extensions.Logging.Abstractions;

namespace CarPulse.Tests.Features.Checkout;

public sealed class OrderChangeFeedTests
{
    private readonly OrderChangeFeed _feed = new(new InProcessEventBus(NullLogger<InProcessEventBus>.Instance));
    private readonly ChangeOrigin _car = new();
    private readonly ChangeOrigin _phone = new();

    [Fact]
    public void A_change_reaches_the_other_screens_on_the_order_but_not_the_one_that_made_it()
    {
        var told = new List<string>();
        using var car = _feed.Watch("order", _car, () => Note(told, "car"));
        using var phone = _feed.Watch("order", _phone, () => Note(told, "phone"));

        _feed.Publish("order", _phone);

        Assert.Equal(["car"], told);
    }

    [Fact]
    public void Other_orders_and_stopped_watchers_hear_nothing()
    {
        var told = new List<string>();
        using var other = _feed.Watch("another order", _car, () => Note(told, "other"));
        var stopped = _feed.Watch("order", _car, () => Note(told, "stopped"));
        stopped.Dispose();

        _feed.Publish("order", _phone);

        Assert.Empty(told);
    }

    private static Task Note(List<string> told, string who)
    {
        told.Add(who);
        return Task.CompletedTask;
    }
}
