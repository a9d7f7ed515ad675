using System.Globalization;
using CarPulse.Domain.Admin;
using CarPulse.Domain.Pricing;

namespace CarPulse.Web.Features.Admin.Vouchers;

/// <summary>The voucher form's fields as typed. Dates are UTC, in the browser's <c>datetime-local</c> form.</summary>
public sealed class VoucherFormModel
{
    private const string DateFormat = "yyyy-MM-ddTHH:mm";

    public string Code { get; set; } = string.Empty;
    public VoucherType Type { get; set; } = VoucherType.Percentage;
    public long Value { get; set; } = 10;
    public string Label { get; set; } = string.Empty;
    public bool Active { get; set; } = true;
    public string? ValidFrom { get; set; }
    public string? ValidUntil { get; set; }
    public int? MaxRedemptions { get; set; }

    public static VoucherFormModel From(Voucher voucher) => new()
    {
        Code = voucher.Code,
        Type = voucher.Type,
        Value = voucher.Value,
        Label = voucher.Label,
        Active = voucher.IsActive,
        ValidFrom = voucher.ValidFrom?.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture),
        ValidUntil = voucher.ValidUntil?.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture),
        MaxRedemptions = voucher.MaxRedemptions,
    };

    /// <exception cref="VoucherInvalid">When a date is not a date.</exception>
    public VoucherDraft ToDraft() => new(
        Code, Type, Value, Label, Active, Date(ValidFrom, "valid_from"), Date(ValidUntil, "valid_until"), MaxRedemptions);

    private static DateTimeOffset? Date(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateTime.TryParseExact(
            text.Trim(),
            [DateFormat, "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"],
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out var date)
            ? new DateTimeOffset(date, TimeSpan.Zero)
            : throw new VoucherInvalid(field, $"'{text}' is not a date: use YYYY-MM-DD or YYYY-MM-DD HH:MM (UTC).");
    }
}
