using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Domain.Payments;

public static class PaymentsServiceCollectionExtensions
{
    public static IServiceCollection AddPayments(this IServiceCollection services)
    {
        services.AddScoped<Fulfilment>();
        services.AddScoped<ZeroTotalPayment>();
        return services;
    }
}
