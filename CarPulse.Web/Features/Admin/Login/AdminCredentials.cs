namespace CarPulse.Web.Features.Admin.Login;

/// <summary>
/// The one admin account: its username and password hash from configuration, or in Development without a hash a
/// password generated at start (see <see cref="GeneratedPassword"/>). Elsewhere without a hash nobody can sign in,
/// but every attempt still pays for a hash check so a refusal looks like any other.
/// </summary>
public sealed class AdminCredentials
{
    private readonly string _hash;

    private AdminCredentials(string username, string hash, bool isEnabled, string? generatedPassword)
    {
        Username = username;
        _hash = hash;
        IsEnabled = isEnabled;
        GeneratedPassword = generatedPassword;
    }

    public string Username { get; }

    public bool IsEnabled { get; }

    /// <summary>Development only, when no hash is configured: printed once to the console at start, never logged.</summary>
    public string? GeneratedPassword { get; }

    public static AdminCredentials From(AdminOptions options, bool isDevelopment)
    {
        var username = options.Username.Trim();
        if (!string.IsNullOrWhiteSpace(options.PasswordHash))
        {
            return new AdminCredentials(username, options.PasswordHash.Trim(), isEnabled: true, generatedPassword: null);
        }

        var password = AdminPasswordHash.RandomPassword();
        return isDevelopment
            ? new AdminCredentials(username, AdminPasswordHash.Hash(password), isEnabled: true, generatedPassword: password)
            : new AdminCredentials(username, AdminPasswordHash.Hash(password), isEnabled: false, generatedPassword: null);
    }

    /// <summary>True for the admin's username (any case) and password. The hash is checked whatever the username.</summary>
    public bool Verify(string? username, string? password)
    {
        var passwordMatches = AdminPasswordHash.Verify(_hash, password ?? string.Empty);
        return IsEnabled && passwordMatches && IsAdmin(username);
    }

    public bool IsAdmin(string? username) => string.Equals(username?.Trim(), Username, StringComparison.OrdinalIgnoreCase);
}
