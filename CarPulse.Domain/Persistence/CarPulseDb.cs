using CarPulse.Domain.Admin;
using CarPulse.Domain.Messages;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Orders.Handoffs;
using CarPulse.Domain.Pricing;
using CarPulse.Domain.Reports;
using CarPulse.Domain.Tesla;
using CarPulse.Domain.Funnel;
using CarPulse.Domain.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CarPulse.Domain.Persistence;

/// <summary>
/// The model, the same on every engine. Each engine has its own context type (<see cref="SqliteCarPulseDb"/>,
/// <see cref="PostgreSqlCarPulseDb"/>) with its own migration set and snapshot, and what only that engine does.
/// </summary>
public abstract class CarPulseDb(DbContextOptions options, ITokenProtector tokenProtector) : DbContext(options)
{
    public DbSet<OrderSession> OrderSessions => Set<OrderSession>();
    public DbSet<Voucher> Vouchers => Set<Voucher>();
    public DbSet<OAuthState> OAuthStates => Set<OAuthState>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<PaymentAttempt> PaymentAttempts => Set<PaymentAttempt>();
    public DbSet<DemoCheckout> DemoCheckouts => Set<DemoCheckout>();
    public DbSet<ReportJob> ReportJobs => Set<ReportJob>();
    public DbSet<VehicleReport> VehicleReports => Set<VehicleReport>();
    public DbSet<HandoffToken> HandoffTokens => Set<HandoffToken>();
    public DbSet<ReportVerification> ReportVerifications => Set<ReportVerification>();
    public DbSet<FunnelEvent> FunnelEvents => Set<FunnelEvent>();
    public DbSet<TierPrice> TierPrices => Set<TierPrice>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AdminSessionRecord> AdminSessions => Set<AdminSessionRecord>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>The protector is part of the model (it backs a value converter), so it is part of the model cache key.</summary>
    internal ITokenProtector TokenProtector => tokenProtector;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OrderSessionConfiguration(tokenProtector));
        modelBuilder.ApplyConfiguration(new VoucherConfiguration());
        modelBuilder.ApplyConfiguration(new HandoffTokenConfiguration());
        modelBuilder.ApplyConfiguration(new PaymentConfiguration());
        modelBuilder.ApplyConfiguration(new PaymentAttemptConfiguration());
        modelBuilder.ApplyConfiguration(new DemoCheckoutConfiguration());
        modelBuilder.ApplyConfiguration(new ReportJobConfiguration());
        modelBuilder.ApplyConfiguration(new VehicleReportConfiguration());
        modelBuilder.ApplyConfiguration(new ReportVerificationConfiguration());
        modelBuilder.ApplyConfiguration(new FunnelEventConfiguration());
        modelBuilder.ApplyConfiguration(new TierPriceConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new AdminSessionConfiguration());
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.Entity<OAuthState>(state =>
        {
            state.HasKey(s => s.State);
            state.Property(s => s.State).HasMaxLength(64);
            state.Property(s => s.CodeVerifier).HasMaxLength(64);
            state.Property(s => s.ReconnectOrderId).HasMaxLength(SessionId.Length);
            state.Property(s => s.BrowserKeyHash).HasMaxLength(BearerSecret.HashLength);
            state.Ignore(s => s.Reconnection);
            state.HasIndex(s => s.ExpiresAt);
        });
    }

    /// <summary>
    /// The oldest queued job free to claim at <paramref name="now"/> (none or one), read inside the caller's
    /// transaction so that no other claimer can take it before the transaction ends.
    /// </summary>
    internal abstract Task<List<ReportJob>> NextFreeReportJobAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <remarks>
    /// A row limit without an order picks whatever rows the engine happens to return first, and engines differ: such a
    /// query is refused outright rather than logged as a warning nobody reads.
    /// </remarks>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder
            .ReplaceService<IModelCacheKeyFactory, ProtectorAwareModelCacheKeyFactory>()
            .ConfigureWarnings(warnings => warnings.Throw(CoreEventId.RowLimitingOperationWithoutOrderByWarning));
}

internal sealed class ProtectorAwareModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is CarPulseDb db ? (context.GetType(), db.TokenProtector, designTime) : (context.GetType(), designTime);
}
