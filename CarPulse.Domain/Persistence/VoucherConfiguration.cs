using CarPulse.Domain.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPulse.Domain.Persistence;

internal sealed class VoucherConfiguration : IEntityTypeConfiguration<Voucher>
{
    public void Configure(EntityTypeBuilder<Voucher> voucher)
    {
        voucher.HasKey(v => v.Code);
        voucher.Property(v => v.Code).HasMaxLength(32);
        voucher.Property(v => v.Type).HasConversion<string>().HasMaxLength(16);
        voucher.Property(v => v.Label).HasMaxLength(80);
        voucher.Property(v => v.RedemptionCount).IsConcurrencyToken();
    }
}
