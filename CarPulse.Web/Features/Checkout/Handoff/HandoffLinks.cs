using CarPulse.Domain.Orders.Handoffs;
using CarPulse.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace CarPulse.Web.Features.Checkout.Handoff;

/// <summary>A handoff link to show in the car: absolute, so that a phone can open it.</summary>
public sealed record HandoffLink(Uri Url, DateTimeOffset ExpiresAt);

/// <summary>Makes handoff links on the shop's public address (in Development without one, the host the circuit was reached at).</summary>
public sealed class HandoffLinks(HandoffService handoffs, NavigationManager navigation, PublicAddress publicAddress)
{
    public async Task<HandoffLink> CreateAsync(string sessionId, CancellationToken cancellationToken)
    {
        var handoff = await handoffs.CreateAsync(sessionId, cancellationToken);
        return new HandoffLink(new Uri(publicAddress.BaseFor(navigation), $"{HandoffEndpoints.PathPrefix}/{handoff.Token}"), handoff.ExpiresAt);
    }
}
