using CarPulse.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace CarPulse.Domain.Persistence;

/// <summary>
/// Runs a read-decide-write unit of work again, from a fresh read, when another request changed one of its rows
/// between the read and the write (a concurrency token said so). After a few rounds it gives up with a conflict.
/// </summary>
public static class OptimisticConcurrency
{
    private const int Rounds = 6;

    public static async Task<T> RetryOnConflictAsync<T>(this CarPulseDb db, Func<Task<T>> unit, CancellationToken cancellationToken)
    {
        for (var round = 1; ; round++)
        {
            try
            {
                return await unit();
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                if (round == Rounds)
                {
                    throw new OrderChangedConcurrently();
                }

                // A short random pause, so requests that collided do not collide again in lockstep.
                await Task.Delay(Random.Shared.Next(1, 8 * round), cancellationToken);
            }
        }
    }
}
