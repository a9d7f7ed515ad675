using System.Net;

namespace CarPulse.Web.Features.Admin.Login;

/// <summary>
/// The sign-in events, structured and with fixed event ids for alerting. A username is logged only when it is the
/// admin's: a mistyped one may be a password typed into the wrong field.
/// </summary>
internal static partial class AdminLoginLog
{
    [LoggerMessage(EventId = 7001, EventName = "AdminLoginSucceeded", Level = LogLevel.Information,
        Message = "Admin {AdminUsername} logged in from {ClientAddress}")]
    public static partial void Succeeded(ILogger log, string adminUsername, IPAddress? clientAddress);

    [LoggerMessage(EventId = 7002, EventName = "AdminLoginFailed", Level = LogLevel.Warning,
        Message = "Admin login failed for {AdminUsername} from {ClientAddress}")]
    public static partial void Failed(ILogger log, string adminUsername, IPAddress? clientAddress);

    [LoggerMessage(EventId = 7003, EventName = "AdminLockedOut", Level = LogLevel.Warning,
        Message = "Admin login locked out for {AdminUsername} from {ClientAddress}")]
    public static partial void LockedOut(ILogger log, string adminUsername, IPAddress? clientAddress);

    [LoggerMessage(EventId = 7004, EventName = "AdminLoginRefusedWhileLocked", Level = LogLevel.Warning,
        Message = "Admin login refused while locked out for {AdminUsername} from {ClientAddress}")]
    public static partial void RefusedWhileLocked(ILogger log, string adminUsername, IPAddress? clientAddress);

    [LoggerMessage(EventId = 7005, EventName = "AdminLoggedOut", Level = LogLevel.Information,
        Message = "Admin {AdminUsername} logged out")]
    public static partial void LoggedOut(ILogger log, string adminUsername);

    [LoggerMessage(EventId = 7006, EventName = "AdminLoginDisabled", Level = LogLevel.Warning,
        Message = "Admin login is disabled: Admin:PasswordHash is not set (run: dotnet run --project CarPulse.Web -- hash-password)")]
    public static partial void Disabled(ILogger log);

    [LoggerMessage(EventId = 7007, EventName = "AdminPasswordGenerated", Level = LogLevel.Warning,
        Message = "Admin:PasswordHash is not set: a one-time Development password for {AdminUsername} was printed to the console")]
    public static partial void PasswordGenerated(ILogger log, string adminUsername);

    [LoggerMessage(EventId = 7008, EventName = "AdminLoginSlowed", Level = LogLevel.Warning,
        Message = "Admin login for {AdminUsername} from {ClientAddress} waits {Delay} after wrong passwords from many addresses")]
    public static partial void Slowed(ILogger log, string adminUsername, IPAddress? clientAddress, TimeSpan delay);
}
