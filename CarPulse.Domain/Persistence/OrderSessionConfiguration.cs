using CarPulse.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPulse.Domain.Persistence;

internal sealed class OrderSessionConfiguration(ITokenProtector tokenProtector) : IEntityTypeConfiguration<OrderSession>
{
    public void Configure(EntityTypeBuilder<OrderSession> session)
    {
        session.HasKey(s => s.Id);
        session.Property(s => s.Id).HasMaxLength(SessionId.Length);
        session.Property(s => s.Reference).HasMaxLength(OrderReference.Length);
        session.HasIndex(s => s.Reference).IsUnique();
        session.Property(s => s.Status).HasConversion<string>().HasMaxLength(24);
        session.Property(s => s.Region).HasConversion<string>().HasMaxLength(32);
        session.Property(s => s.Package).HasConversion<string>().HasMaxLength(16);
        session.Property(s => s.Language).HasMaxLength(16);
        session.Property(s => s.SiteUrl).HasMaxLength(512);
        session.Property(s => s.OpenCheckoutId).HasMaxLength(PaymentAttemptConfiguration.IdLength);
        session.Property(s => s.Version).IsConcurrencyToken();
        session.Ignore(s => s.Terms);
        session.Property(s => s.Tokens).HasConversion(new TeslaTokensConverter(tokenProtector)).HasColumnName("TeslaTokens");
        session.Property<List<long>>("_selectedVehicleIds").HasColumnName("SelectedVehicleIds");
        session.Ignore(s => s.SelectedVehicleIds);
        session.Ignore(s => s.SelectedVehicles);
        session.HasIndex(s => new { s.Status, s.ExpiresAt });

        session.OwnsMany(s => s.Vehicles, vehicle =>
        {
            vehicle.ToTable("OrderSessionVehicles");
            vehicle.WithOwner().HasForeignKey("OrderSessionId");
            vehicle.HasKey("OrderSessionId", nameof(SessionVehicle.Id));
            vehicle.Property(v => v.Id).ValueGeneratedNever();
            vehicle.Property(v => v.Vin).HasMaxLength(17);
            vehicle.Property(v => v.DisplayName).HasMaxLength(200);
            vehicle.Property(v => v.State).HasConversion<string>().HasMaxLength(16);
            vehicle.Property(v => v.CarType).HasMaxLength(40);
            vehicle.Ignore(v => v.Model);
            vehicle.Ignore(v => v.Year);
            vehicle.Ignore(v => v.MaskedVin);
            vehicle.Ignore(v => v.IsErased);
        });
        session.Navigation(s => s.Vehicles).HasField("_vehicles");

        session.OwnsOne(s => s.Quote, Configure);
    }

    /// <summary>The quote's columns, the same on the session and on each checkout that froze it.</summary>
    internal static void Configure<TOwner>(OwnedNavigationBuilder<TOwner, OrderQuote> quote)
        where TOwner : class
    {
        quote.Property(q => q.Package).HasConversion<string>().HasMaxLength(16);
        quote.Property(q => q.TierLabel).HasMaxLength(40);
        quote.Property(q => q.VoucherCode).HasMaxLength(32);
        quote.Property(q => q.Currency).HasMaxLength(3);
    }
}
