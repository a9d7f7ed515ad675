namespace CarPulse.Web.Features.Admin.Login;

/// <summary>
/// Says at start how admins can sign in. A generated Development password goes once to the console only (standard
/// output, not the logger: the log file keeps no password); the log says where to find it.
/// </summary>
public sealed class AdminLoginNotice(AdminCredentials credentials, ILogger<AdminLoginNotice> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!credentials.IsEnabled)
        {
            AdminLoginLog.Disabled(log);
        }
        else if (credentials.GeneratedPassword is { } password)
        {
            AdminLoginLog.PasswordGenerated(log, credentials.Username);
            Console.Out.WriteLine(
                $"Admin back office (Development only): sign in at /admin/login as '{credentials.Username}' with password {password} — valid until the app stops.");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
