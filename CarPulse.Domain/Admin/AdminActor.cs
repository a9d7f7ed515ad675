using System.Security.Claims;

namespace CarPulse.Domain.Admin;

/// <summary>The claims an admin sign-in carries. Only the admin login issues an identity with <see cref="Role"/>.</summary>
public static class AdminClaims
{
    public const string Role = "carpulse-admin";
}

/// <summary>
/// The admin behind a back-office change. Made only from a signed-in admin principal, so every admin
/// service checks who calls it, whatever the UI shows or a forged circuit event asks for.
/// </summary>
public sealed record AdminActor
{
    private AdminActor(string username) => Username = username;

    public string Username { get; }

    /// <exception cref="AdminAccessDenied">When <paramref name="principal"/> is not a signed-in admin.</exception>
    public static AdminActor Require(ClaimsPrincipal? principal) =>
        principal?.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } && principal.IsInRole(AdminClaims.Role)
            ? new AdminActor(name)
            : throw new AdminAccessDenied();
}

/// <summary>A back-office call without a signed-in admin.</summary>
public sealed class AdminAccessDenied() : DomainException("Only a signed-in admin may do this.");

/// <summary>An admin edit that lost a race with another change to the same row; nothing was saved.</summary>
public sealed class AdminEditConflict(string message) : DomainException(message);
