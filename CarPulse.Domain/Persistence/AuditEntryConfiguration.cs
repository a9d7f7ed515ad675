using CarPulse.Domain.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPulse.Domain.Persistence;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.HasKey(e => e.Id);
        entry.Property(e => e.AdminUsername).HasMaxLength(64);
        entry.Property(e => e.Entity).HasMaxLength(32);
        entry.Property(e => e.Key).HasMaxLength(64);
        entry.HasIndex(e => e.ChangedAt);
    }
}
