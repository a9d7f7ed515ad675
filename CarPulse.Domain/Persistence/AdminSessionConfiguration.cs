using CarPulse.Domain.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPulse.Domain.Persistence;

internal sealed class AdminSessionConfiguration : IEntityTypeConfiguration<AdminSessionRecord>
{
    public void Configure(EntityTypeBuilder<AdminSessionRecord> session)
    {
        session.ToTable("AdminSessions");
        session.HasKey(s => s.IdHash);
        session.Property(s => s.IdHash).HasMaxLength(BearerSecret.HashLength);
        session.Property(s => s.Username).HasMaxLength(64);
        session.HasIndex(s => s.ExpiresAt);
    }
}
