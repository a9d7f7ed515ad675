using CarPulse.Domain.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPulse.Domain.Persistence;

internal sealed class TierPriceConfiguration : IEntityTypeConfiguration<TierPrice>
{
    public void Configure(EntityTypeBuilder<TierPrice> price)
    {
        price.HasKey(p => new { p.Package, p.MaxVehicles });
        price.Property(p => p.Package).HasConversion<string>().HasMaxLength(16);
    }
}
