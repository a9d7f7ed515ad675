using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CarPulse.Domain.Messages;

public static class MessagesServiceCollectionExtensions
{
    /// <param name="dataDirectory">The app's data directory; a relative <see cref="EmailOptions.Directory"/> lives under it.</param>
    public static IServiceCollection AddCustomerMessages(this IServiceCollection services, string dataDirectory)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section)
            .Validate(options => Enum.IsDefined(options.Delivery), "Email:Delivery must be Directory or Smtp.")
            .Validate(options => options.Delivery != MailDelivery.Smtp || !string.IsNullOrWhiteSpace(options.Smtp.Host), "Email:Smtp:Host is required when Email:Delivery is Smtp.")
            .Validate(options => options.Smtp.Port is > 0 and < 65536, "Email:Smtp:Port must be a TCP port.")
            .Validate(options => options.From is null || MailboxAddress.TryParse(options.From, out _), "Email:From must be an address such as 'CarPulse <orders@carpulse.fi>'.")
            .Validate(options => options.MaxAttempts > 0, "Email:MaxAttempts must be at least 1.")
            .Validate(
                options => options.RetryBaseDelay > TimeSpan.Zero && options.Lease > options.SendTimeout && options.SendTimeout > TimeSpan.Zero && options.PollInterval > TimeSpan.Zero,
                "Email:RetryBaseDelay, Email:SendTimeout and Email:PollInterval must be positive, and Email:Lease longer than Email:SendTimeout.")
            .ValidateOnStart();
        services.AddScoped<CustomerMail>();
        services.AddScoped<MailOutbox>();
        services.AddScoped<MessageComposer>();
        services.AddSingleton<IMailTransport>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<EmailOptions>>();
            return options.Value.Delivery == MailDelivery.Smtp
                ? new SmtpMailTransport(options)
                : new DirectoryMailTransport(Path.GetFullPath(options.Value.Directory, dataDirectory), provider.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<MailWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<MailWorker>());
        return services;
    }
}
