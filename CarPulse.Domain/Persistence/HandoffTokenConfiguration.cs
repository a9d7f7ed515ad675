using CarPulse.Domain.Orders;
using CarPulse.Domain.Orders.Handoffs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPulse.Domain.Persistence;

internal sealed class HandoffTokenConfiguration : IEntityTypeConfiguration<HandoffToken>
{
    public void Configure(EntityTypeBuilder<HandoffToken> handoff)
    {
        handoff.HasKey(h => h.Token);
        handoff.Property(h => h.Token).HasMaxLength(HandoffToken.Length);
        handoff.Property(h => h.OrderSessionId).HasMaxLength(SessionId.Length);
        // A session deleted by the sweeper takes its handoff links with it.
        handoff.HasOne<OrderSession>().WithMany().HasForeignKey(h => h.OrderSessionId).OnDelete(DeleteBehavior.Cascade);
        handoff.HasIndex(h => h.ExpiresAt);
    }
}
