using CarPulse.Domain.Reports;

namespace CarPulse.Tests.Domain.Reports;

/// <summary>
/// A free slot is handed out at once (the reservation completes synchronously), a taken one is not: each test reads
/// that directly, with no waiting for time to pass. Awaits give up after a while, so a slot never freed fails the test
/// instead of hanging it.
/// </summary>
public sealed class ReportSlotsTests : IDisposable
{
    private readonly CancellationTokenSource _giveUp = new(TimeSpan.FromSeconds(10));

    private CancellationToken None => _giveUp.Token;

    public void Dispose() => _giveUp.Dispose();

    [Fact]
    public async Task An_order_only_waiting_for_a_car_lets_the_next_order_take_its_slot()
    {
        var slots = new ReportSlots(concurrentJobs: 1, waitingJobs: 1);
        using var fleet = await slots.ReserveAsync(None);

        using (fleet.Waiting())
        {
            var small = slots.ReserveAsync(None);

            Assert.True(small.IsCompletedSuccessfully);
            (await small).Dispose();
        }
    }

    [Fact]
    public async Task Between_two_parts_that_work_an_order_keeps_its_slot()
    {
        var slots = new ReportSlots(concurrentJobs: 1, waitingJobs: 1);
        using var order = await slots.ReserveAsync(None);

        (await order.WorkAsync(None)).Dispose();
        (await order.WorkAsync(None)).Dispose();

        Assert.False(slots.ReserveAsync(None).IsCompleted);
    }

    [Fact]
    public async Task A_part_still_working_keeps_the_slot_while_another_part_waits()
    {
        var slots = new ReportSlots(concurrentJobs: 1, waitingJobs: 1);
        using var order = await slots.ReserveAsync(None);
        using var working = await order.WorkAsync(None);

        using var waiting = order.Waiting();

        Assert.False(slots.ReserveAsync(None).IsCompleted);
    }

    [Fact]
    public async Task A_car_that_woke_carries_on_only_when_a_slot_is_free_again()
    {
        var slots = new ReportSlots(concurrentJobs: 1, waitingJobs: 1);
        using var fleet = await slots.ReserveAsync(None);
        var waiting = fleet.Waiting();
        var small = await slots.ReserveAsync(None);
        waiting.Dispose();

        var carryOn = fleet.WorkAsync(None);

        Assert.False(carryOn.IsCompleted);
        small.Dispose();
        (await carryOn).Dispose();
    }

    [Fact]
    public async Task Orders_waiting_for_their_cars_count_against_the_orders_an_instance_holds()
    {
        var slots = new ReportSlots(concurrentJobs: 1, waitingJobs: 1);
        var first = await slots.ReserveAsync(None);
        using var firstWaits = first.Waiting();
        using var second = await slots.ReserveAsync(None);
        using var secondWaits = second.Waiting();

        var third = slots.ReserveAsync(None);

        Assert.False(third.IsCompleted);
        first.Dispose();
        (await third).Dispose();
    }

    [Fact]
    public async Task A_finished_order_gives_back_its_slot_once()
    {
        var slots = new ReportSlots(concurrentJobs: 1, waitingJobs: 0);
        var order = await slots.ReserveAsync(None);

        order.Dispose();
        order.Dispose();

        var next = slots.ReserveAsync(None);
        Assert.True(next.IsCompletedSuccessfully);
        Assert.False(slots.ReserveAsync(None).IsCompleted);
        (await next).Dispose();
    }
}
