using CarPulse.Domain.Funnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPulse.Domain.Persistence;

internal sealed class FunnelEventConfiguration : IEntityTypeConfiguration<FunnelEvent>
{
    public void Configure(EntityTypeBuilder<FunnelEvent> funnelEvent)
    {
        funnelEvent.HasKey(e => e.Id);
        funnelEvent.Property(e => e.Step).HasConversion<string>().HasMaxLength(32);
        funnelEvent.Property(e => e.Key).HasMaxLength(FunnelEvent.KeyLength);
        // A journey reaches each step once: the index both keeps the counts honest and finds the duplicates.
        funnelEvent.HasIndex(e => new { e.Step, e.Key }).IsUnique();
        funnelEvent.HasIndex(e => e.Day);
    }
}
