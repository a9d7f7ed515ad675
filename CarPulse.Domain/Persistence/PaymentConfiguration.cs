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
        // "Find my order" looks orders up by the address they were paid with.
        payment.HasIndex(p => p.CustomerEmail);
        payment.Property(p => p.Status).HasConversion<string>().HasMaxLength(24);
        payment.Property(p => p.Reason).HasMaxLength(500);
        payment.HasIndex(p => new { p.Provider, p.ProviderPaymentId }).IsUnique();
        payment.HasIndex(p => p.OrderSessionId);
    }
}

internal sealed class PaymentAttemptConfiguration : IEntityTypeConfiguration<PaymentAttempt>
{
    public const int IdLength = 32;

    public void Configure(EntityTypeBuilder<PaymentAttempt> attempt)
    {
        attempt.HasKey(a => a.Id);
        attempt.Property(a => a.Id).HasMaxLength(IdLength);
        attempt.Property(a => a.OrderSessionId).HasMaxLength(SessionId.Length);
        attempt.Property(a => a.Provider).HasConversion<string>().HasMaxLength(16);
        attempt.Property(a => a.CheckoutId).HasMaxLength(255);
        attempt.Property(a => a.CheckoutUrl).HasMaxLength(2048);
        attempt.OwnsOne(a => a.Quote, OrderSessionConfiguration.Configure);
        attempt.Navigation(a => a.Quote).IsRequired();
        attempt.Property(a => a.PreferredMethod).HasMaxLength(32);
        // Two requests that move the same attempt (a starter and a closer, a webhook and a return page): one wins.
        attempt.Property(a => a.Status).HasConversion<string>().HasMaxLength(24).IsConcurrencyToken();
        attempt.Ignore(a => a.AmountCents);
        attempt.Ignore(a => a.Currency);
        attempt.Ignore(a => a.IsSettled);
        attempt.Ignore(a => a.IsOpen);
        attempt.Ignore(a => a.Terms);
        // Numbers only count; the session's version lets one of two racing starts commit its attempt.
        attempt.HasIndex(a => new { a.OrderSessionId, a.Number });
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
        checkout.Property(c => c.CustomerEmail).HasMaxLength(320);
        // Of a Pay and an expiry that race, one decides the checkout.
        checkout.Property(c => c.Decision).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        checkout.Ignore(c => c.ReturnUrl);
        checkout.HasIndex(c => c.IdempotencyKey).IsUnique();
    }
}
