using CarPulse.Domain.Pricing;

namespace CarPulse.Domain.Admin;

/// <summary>A voucher as an admin enters it; <see cref="Voucher"/> decides whether it is valid.</summary>
public sealed record VoucherDraft(
    string Code,
    VoucherType Type,
    long Value,
    string Label,
    bool Active,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    int? MaxRedemptions);

/// <summary>A voucher's admin-editable terms as the audit trail records them.</summary>
internal sealed record VoucherSnapshot(
    string Code,
    string Type,
    long Value,
    string Label,
    bool Active,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    int? MaxRedemptions)
{
    public static VoucherSnapshot Of(Voucher voucher) => new(
        voucher.Code,
        voucher.Type.ToWireName(),
        voucher.Value,
        voucher.Label,
        voucher.IsActive,
        voucher.ValidFrom,
        voucher.ValidUntil,
        voucher.MaxRedemptions);
}
