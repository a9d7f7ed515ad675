using CarPulse.Domain.Admin;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace CarPulse.Web.Features.Admin.Login;

/// <summary>
/// A circuit keeps the user it started with; this ends an admin's circuit session when the cookie's would end (its
/// absolute time, or a logout anywhere), so an open back-office tab cannot outlive it. Customers are anonymous and
/// always stay valid. The session store is asked through a scope of its own: a circuit must not hold a DbContext.
/// </summary>
public sealed class AdminSessionRevalidation(ILoggerFactory loggerFactory, TimeProvider clock, IServiceScopeFactory scopes)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<AdminSessionStore>();
        return await AdminSession.IsValidAsync(authenticationState.User, sessions, clock.GetUtcNow(), cancellationToken);
    }
}
