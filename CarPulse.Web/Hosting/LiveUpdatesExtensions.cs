using CarPulse.Domain.LiveUpdates;

namespace CarPulse.Web.Hosting;

public static class LiveUpdatesExtensions
{
    /// <summary>
    /// How order changes, report progress and the phone handoff reach the screens watching an order: in this process,
    /// or through Redis pub/sub to every node when <c>Redis:Configuration</c> is set.
    /// </summary>
    public static IServiceCollection AddLiveUpdates(this IServiceCollection services, IConfiguration configuration)
    {
        if (RedisExtensions.IsConfigured(configuration))
        {
            services.AddSingleton<IEventBus, RedisEventBus>();
        }
        else
        {
            services.AddSingleton<IEventBus, InProcessEventBus>();
        }

        return services;
    }
}
