using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPulse.Domain.Persistence;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> payment)
    {
        payment.HasKey(p => p.Id);
        payment.Property(p => p.OrderSessionId).HasMaxLength(SessionId.Length);
        payment.Property(p => p.Provider).HasConversion<string>().HasMaxLength(16);
        payment.Property(p => p.ProviderPaymentId).HasMaxLength(255);
        payment.Property(p => p.Method).HasMaxLength(32);
        payment.Property(p => p.Currency).HasMaxLength(3);
        payment.Property(p => p.CustomerEmail).HasMaxLength(320);
        payment.Property(p => p.Status).HasConversion<string>().HasMaxLength(24);
        payment.Property(p => p.FlagReason).HasMaxLength(500);
        payment.HasIndex(p => new { p.Provider, p.ProviderPaymentId }).IsUnique();
        payment.HasIndex(p => p.OrderSessionId);
    }
}

internal sealed class PaymentAttemptConfiguration : IEntityTypeConfiguration<PaymentAttempt>
{
    public void Configure(EntityTypeBuilder<PaymentAttempt> attempt)
    {
        attempt.HasKey(a => a.Id);
        attempt.Property(a => a.Id).HasMaxLength(32);
        attempt.Property(a => a.OrderSessionId).HasMaxLength(SessionId.Length);
        attempt.Property(a => a.Provider).HasConversion<string>().HasMaxLength(16);
        attempt.Property(a => a.CheckoutId).HasMaxLength(255);
        attempt.Property(a => a.CheckoutUrl).HasMaxLength(2048);
        attempt.Property(a => a.Currency).HasMaxLength(3);
        attempt.Property(a => a.PreferredMethod).HasMaxLength(32);
        attempt.Property(a => a.Status).HasConversion<string>().HasMaxLength(24);
        attempt.Ignore(a => a.IsSettled);
        // Two starts that race for the same attempt number: one insert wins.
        attempt.HasIndex(a => new { a.OrderSessionId, a.Number }).IsUnique();
        attempt.HasIndex(a => new { a.Provider, a.CheckoutId }).IsUnique();
        attempt.HasOne<OrderSession>().WithMany().HasForeignKey(a => a.OrderSessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DemoCheckoutConfiguration : IEntityTypeConfiguration<DemoCheckout>
{
    public void Configure(EntityTypeBuilder<DemoCheckout> checkout)
    {
        checkout.HasKey(c => c.Id);
        checkout.Property(c => c.Id).HasMaxLength(64);
        checkout.Property(c => c.IdempotencyKey).HasMaxLength(128);
        checkout.Property(c => c.OrderReference).HasMaxLength(OrderReference.Length);
        checkout.Property(c => c.Description).HasMaxLength(200);
        checkout.Property(c => c.Currency).HasMaxLength(3);
        checkout.Property(c => c.SuccessUrl).HasMaxLength(2048);
        checkout.Property(c => c.CancelUrl).HasMaxLength(2048);
        checkout.Property(c => c.Decision).HasConversion<string>().HasMaxLength(16);
        checkout.Ignore(c => c.ReturnUrl);
        checkout.HasIndex(c => c.IdempotencyKey).IsUnique();
    }
}
