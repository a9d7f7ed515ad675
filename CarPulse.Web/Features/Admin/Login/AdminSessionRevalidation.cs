using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace CarPulse.Web.Features.Admin.Login;

/// <summary>
/// A circuit keeps the user it started with; this ends an admin's circuit session at the same absolute time as the
/// cookie, so an open back-office tab cannot outlive it. Customers are anonymous and always stay valid.
/// </summary>
public sealed class AdminSessionRevalidation(ILoggerFactory loggerFactory, TimeProvider clock)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        Task.FromResult(!AdminSession.IsExpired(authenticationState.User, clock.GetUtcNow()));
}
