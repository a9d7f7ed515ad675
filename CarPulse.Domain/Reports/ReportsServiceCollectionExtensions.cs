using CarPulse.Domain.Archive;
using CarPulse.Domain.Verification;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Domain.Reports;

public static class ReportsServiceCollectionExtensions
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.Section)
            .Validate(options => options.VehicleParallelism > 0 && options.ModuleParallelism > 0 && options.ConcurrentJobs > 0, "Reports:VehicleParallelism, Reports:ModuleParallelism and Reports:ConcurrentJobs must be positive.")
            .Validate(options => options.WaitingJobs >= 0, "Reports:WaitingJobs must not be negative.")
            .Validate(options => options.Lease > TimeSpan.Zero && options.PollInterval > TimeSpan.Zero, "Reports:Lease and Reports:PollInterval must be positive.")
            .Validate(options => options.PublicBaseUrl is null || Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out _), "Reports:PublicBaseUrl must be an absolute URL.")
            .ValidateOnStart();
        services.AddSingleton<ReportProgressBoard>();
        services.AddSingleton<ReportGenerator>();
        services.AddScoped<ReportQueue>();
        services.AddScoped<ReportService>();
        services.AddScoped<ReportVerifier>();
        services.AddScoped<ChargingInvoiceStore>();
        services.AddScoped<ChargingInvoiceFetcher>();
        services.AddScoped<OrderArchiver>();
        services.AddSingleton<ReportWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<ReportWorker>());
        return services;
    }
}
