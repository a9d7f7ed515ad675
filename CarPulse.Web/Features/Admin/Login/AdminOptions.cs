using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CarPulse.Web.Features.Admin.Login;

/// <summary>The back-office sign-in (<c>Admin</c> section).</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    public string Username { get; init; } = "admin";

    /// <summary>
    /// ASP.NET Core <see cref="PasswordHasher{TUser}"/> V3 hash of the admin password (<c>hash-password</c> prints one).
    /// Unset: a one-time password in Development, no admin login anywhere else.
    /// </summary>
    public string? PasswordHash { get; init; }

    /// <summary>A session unused this long ends (the cookie slides while it is used).</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after sign-in, however busy.</summary>
    public TimeSpan AbsoluteTimeout { get; init; } = TimeSpan.FromHours(8);

    /// <summary>
    /// Wrong passwords for one username from one client address, each within <see cref="LockoutDuration"/> of the last,
    /// before the username is locked at that address (elsewhere it is only slowed down, see <see cref="MaxLoginDelay"/>).
    /// </summary>
    public int MaxFailedLoginsPerUserAndAddress { get; init; } = 5;

    /// <summary>Wrong passwords from one client address before it is locked (higher: several admins may share an office address).</summary>
    public int MaxFailedLoginsPerAddress { get; init; } = 20;

    public TimeSpan LockoutDuration { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The longest a login attempt waits because of wrong passwords for its username from other addresses. The wait
    /// starts at one second past <see cref="MaxFailedLoginsPerUserAndAddress"/> such failures and doubles with each.
    /// </summary>
    public TimeSpan MaxLoginDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Login posts per client address per minute (429 beyond), counted before any password is checked.</summary>
    public int LoginAttemptsPerMinute { get; init; } = 10;
}

/// <summary>Stops the app at start on an unusable admin setting, naming it.</summary>
public sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Username) || options.Username.Trim().Length > 64)
        {
            problems.Add("Admin:Username must be 1–64 characters.");
        }

        if (!string.IsNullOrWhiteSpace(options.PasswordHash) && !AdminPasswordHash.IsV3(options.PasswordHash))
        {
            problems.Add("Admin:PasswordHash must be a PasswordHasher V3 hash (run: dotnet run --project CarPulse.Web -- hash-password).");
        }

        if (options.IdleTimeout <= TimeSpan.Zero || options.AbsoluteTimeout < options.IdleTimeout)
        {
            problems.Add("Admin:IdleTimeout must be positive and no longer than Admin:AbsoluteTimeout.");
        }

        if (options.MaxFailedLoginsPerUserAndAddress < 1 || options.MaxFailedLoginsPerAddress < 1 || options.LoginAttemptsPerMinute < 1
            || options.LockoutDuration <= TimeSpan.Zero)
        {
            problems.Add("Admin:MaxFailedLoginsPerUserAndAddress, MaxFailedLoginsPerAddress, LoginAttemptsPerMinute and LockoutDuration must be positive.");
        }

        if (options.MaxLoginDelay < TimeSpan.Zero || options.MaxLoginDelay > TimeSpan.FromMinutes(1))
        {
            problems.Add("Admin:MaxLoginDelay must be between 00:00:00 and 00:01:00 (a login waits at most that long).");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
