using CarPulse.Domain.Messages;
using CarPulse.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPulse.Domain.Persistence;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.HasKey(m => m.Id);
        message.Property(m => m.EventKey).HasMaxLength(OutboxMessageLimits.EventKeyLength);
        // One message per event, whichever transaction or node queues it.
        message.HasIndex(m => m.EventKey).IsUnique();
        message.Property(m => m.Kind).HasConversion<string>().HasMaxLength(24);
        message.Property(m => m.OrderSessionId).HasMaxLength(SessionId.Length);
        message.Property(m => m.Recipient).HasMaxLength(EmailAddress.MaxLength);
        message.Property(m => m.Language).HasMaxLength(16);
        message.Property(m => m.SiteUrl).HasMaxLength(512);
        message.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        message.Property(m => m.LeaseOwner).HasMaxLength(128);
        message.Property(m => m.LastError).HasMaxLength(OutboxMessageLimits.ErrorLength);
        message.HasIndex(m => new { m.Status, m.NextAttemptAt });
        message.HasIndex(m => m.OrderSessionId);
        message.HasIndex(m => m.CreatedAt);
    }
}
