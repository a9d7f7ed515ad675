using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace CarPulse.Web.Features.Admin;

/// <summary>
/// A back-office page. It hands the circuit's user to every admin service call, and the services refuse anyone
/// but a signed-in admin, so the page's <c>[Authorize]</c> is not the only guard.
/// </summary>
public abstract class AdminPage : ComponentBase
{
    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected async Task<ClaimsPrincipal> UserAsync() =>
        AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;
}
