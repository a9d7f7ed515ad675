using CarPulse.Domain.Messages;
using Microsoft.Extensions.Options;

namespace CarPulse.Web.Hosting;

public static partial class MailExtensions
{
    /// <summary>The customer's messages: the outbox, its sender, and the transport <c>Email:Delivery</c> names.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddCustomerMessages(StorageServiceCollectionExtensions.ReadStorage(configuration, environment).DataDirectory);
        services.AddHostedService<DirectoryDeliveryWarning>();
        return services;
    }

    /// <summary>Outside Development, mail written to files reaches no customer: say so at start, loudly.</summary>
    private sealed partial class DirectoryDeliveryWarning(IOptions<EmailOptions> options, IHostEnvironment environment, ILogger<DirectoryDeliveryWarning> log) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (!environment.IsDevelopment() && options.Value.Delivery == MailDelivery.Directory)
            {
                LogDirectoryDelivery(log, options.Value.Directory);
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Warning, Message = "Email:Delivery is Directory: customer messages are written to '{MailDirectory}' and never sent. Set Email:Delivery=Smtp and Email:Smtp:Host to mail customers.")]
        private static partial void LogDirectoryDelivery(ILogger logger, string mailDirectory);
    }
}
