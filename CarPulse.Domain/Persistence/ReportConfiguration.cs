using System.Text.Json;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Reports;
using CarPulse.Domain.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarPulse.Domain.Persistence;

internal sealed class ReportJobConfiguration : IEntityTypeConfiguration<ReportJob>
{
    public void Configure(EntityTypeBuilder<ReportJob> job)
    {
        job.HasKey(j => j.Id);
        job.Property(j => j.OrderSessionId).HasMaxLength(SessionId.Length);
        job.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        job.Property(j => j.Work).HasDefaultValue(ReportWork.Build).HasSentinel(0);
        job.Property(j => j.LeaseOwner).HasMaxLength(200);
        job.HasIndex(j => j.OrderSessionId).IsUnique();
        job.HasIndex(j => new { j.Status, j.LeaseUntil });
    }
}

internal sealed class VehicleReportConfiguration : IEntityTypeConfiguration<VehicleReport>
{
    public void Configure(EntityTypeBuilder<VehicleReport> report)
    {
        report.HasKey(r => new { r.OrderSessionId, r.VehicleId });
        report.Property(r => r.OrderSessionId).HasMaxLength(SessionId.Length);
        report.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        report.Property(r => r.Modules).HasConversion(
            modules => JsonSerializer.Serialize(modules, JsonSerializerOptions.Default),
            json => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json, JsonSerializerOptions.Default) ?? new Dictionary<string, JsonElement>(),
            new ValueComparer<Dictionary<string, JsonElement>>((a, b) => ReferenceEquals(a, b), d => d.Count, d => d));
        report.Property(r => r.Missing).HasConversion(
            missing => JsonSerializer.Serialize(missing, JsonSerializerOptions.Default),
            json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, JsonSerializerOptions.Default) ?? new Dictionary<string, string>(),
            new ValueComparer<Dictionary<string, string>>((a, b) => ReferenceEquals(a, b), d => d.Count, d => d));
        report.HasOne<OrderSession>().WithMany().HasForeignKey(r => r.OrderSessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReportVerificationConfiguration : IEntityTypeConfiguration<ReportVerification>
{
    public void Configure(EntityTypeBuilder<ReportVerification> verification)
    {
        verification.HasKey(v => v.Code);
        verification.Property(v => v.Code).HasMaxLength(ReportVerification.CodeLength);
        verification.Property(v => v.OrderSessionId).HasMaxLength(SessionId.Length);
        verification.Property(v => v.OrderReference).HasMaxLength(OrderReference.Length);
        verification.Property(v => v.MaskedVin).HasMaxLength(17);
        verification.Property(v => v.Model).HasMaxLength(40);
        verification.Property(v => v.Package).HasConversion<string>().HasMaxLength(16);
        verification.Property(v => v.PdfSha256).HasMaxLength(64);
        verification.Property(v => v.RevokedReason).HasMaxLength(32);
        verification.HasIndex(v => new { v.OrderSessionId, v.VehicleId });
    }
}
