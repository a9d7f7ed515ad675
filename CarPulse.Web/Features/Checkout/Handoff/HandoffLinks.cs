using CarPulse.Domain.Orders.Handoffs;
using Microsoft.AspNetCore.Components;

namespace CarPulse.Web.Features.Checkout.Handoff;

/// <summary>A handoff link to show in the car: absolute, so that a phone can open it.</summary>
public sealed record HandoffLink(Uri Url, DateTimeOffset ExpiresAt);

/// <summary>Makes handoff links on the host the circuit was reached at (what the car's screen shows is what the phone opens).</summary>
public sealed class HandoffLinks(HandoffService handoffs, NavigationManager navigation)
{
    public async Task<HandoffLink> CreateAsync(string sessionId, CancellationToken cancellationToken)
    {
        var handoff = await handoffs.CreateAsync(sessionId, cancellationToken);
        return new HandoffLink(new Uri($"{navigation.BaseUri}{HandoffEndpoints.PathPrefix}/{handoff.Token}"), handoff.ExpiresAt);
    }
}
