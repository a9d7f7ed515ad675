using System.Buffers;
using static System.FormattableString;

namespace CarPulse.Domain.Pricing;

/// <summary>
/// A discount code. Created and edited by admins, checked when a quote is made, redeemed when an order is paid.
/// Fixed values are cents in the shop's currency (EUR).
/// </summary>
public sealed class Voucher
{
    public const int MinCodeLength = 3;
    public const int MaxCodeLength = 32;
    public const int MaxLabelLength = 80;

    private static readonly SearchValues<char> CodeCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

    private Voucher()
    {
    }

    public string Code { get; private set; } = string.Empty;
    public VoucherType Type { get; private set; }
    public long Value { get; private set; }
    public string Label { get; private set; } = string.Empty;
    public bool IsActive { get; private set; }
    public DateTimeOffset? ValidFrom { get; private set; }

    /// <summary>Exclusive: the voucher has expired at this instant.</summary>
    public DateTimeOffset? ValidUntil { get; private set; }

    public int? MaxRedemptions { get; private set; }
    public int RedemptionCount { get; private set; }

    /// <summary>English, for the API and the admin list: "10% off", "€5.00 off", "Free".</summary>
    public string DiscountDescription => Type switch
    {
        VoucherType.Percentage => Invariant($"{Value}% off"),
        VoucherType.Fixed => Invariant($"€{Value / 100m:0.00} off"),
        VoucherType.Free => "Free",
        _ => throw new InvalidOperationException("Unknown voucher type."),
    };

    private bool IsUsedUp => MaxRedemptions is { } max && RedemptionCount >= max;

    /// <summary>A null or blank code or label is refused like any other invalid input.</summary>
    /// <exception cref="VoucherInvalid">Naming the first field that is not valid.</exception>
    public static Voucher Create(
        string? code,
        VoucherType type,
        long value,
        string? label,
        bool active,
        DateTimeOffset? validFrom,
        DateTimeOffset? validUntil,
        int? maxRedemptions)
    {
        var voucher = new Voucher { Code = ValidCode(code), IsActive = active };
        voucher.Update(type, value, label, validFrom, validUntil, maxRedemptions);
        return voucher;
    }

    /// <summary>The form codes are stored in, so lookups ignore case and surrounding space.</summary>
    public static string Normalize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Trim().ToUpperInvariant();
    }

    /// <summary>Whether a normalised code could be a voucher at all: anything else is unknown without asking the database.</summary>
    public static bool IsWellFormed(string normalized) =>
        normalized.Length is >= MinCodeLength and <= MaxCodeLength && !normalized.AsSpan().ContainsAnyExcept(CodeCharacters);

    /// <summary>Admin edit of everything but the code. A refused edit changes nothing.</summary>
    /// <exception cref="VoucherInvalid">Naming the first field that is not valid.</exception>
    public void Update(
        VoucherType type,
        long value,
        string? label,
        DateTimeOffset? validFrom,
        DateTimeOffset? validUntil,
        int? maxRedemptions)
    {
        var validValue = ValidValue(type, value);
        var validLabel = ValidLabel(label);
        if (validFrom is { } from && validUntil is { } until && until <= from)
        {
            throw new VoucherInvalid("valid_until", "A voucher must end after it starts.");
        }

        if (maxRedemptions < 1)
        {
            throw new VoucherInvalid("max_redemptions", "A voucher must allow at least 1 redemption.");
        }

        Type = type;
        Value = validValue;
        Label = validLabel;
        // The same instant in UTC: a seed file or a form may give any offset, and PostgreSQL's timestamptz takes UTC only.
        ValidFrom = validFrom?.ToUniversalTime();
        ValidUntil = validUntil?.ToUniversalTime();
        MaxRedemptions = maxRedemptions;
    }

    public void Activate() => IsActive = true;

    public void Deactivate() => IsActive = false;

    /// <returns>Null when the voucher can be used at <paramref name="now"/>, else the first reason it cannot.</returns>
    public VoucherRefusal? CheckUsable(DateTimeOffset now)
    {
        if (!IsActive)
        {
            return VoucherRefusal.Inactive;
        }

        if (ValidFrom is { } from && now < from)
        {
            return VoucherRefusal.NotYetValid;
        }

        if (ValidUntil is { } until && now >= until)
        {
            return VoucherRefusal.Expired;
        }

        return IsUsedUp ? VoucherRefusal.UsedUp : null;
    }

    /// <summary>Cents off <paramref name="priceCents"/>; never more than the price.</summary>
    public long DiscountOn(long priceCents)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(priceCents);
        return Type switch
        {
            VoucherType.Percentage => (long)Math.Round(priceCents * (decimal)Value / 100, MidpointRounding.AwayFromZero),
            VoucherType.Fixed => Math.Min(Value, priceCents),
            VoucherType.Free => priceCents,
            _ => throw new InvalidOperationException("Unknown voucher type."),
        };
    }

    /// <summary>
    /// Counts one paid order. Only the redemption limit is enforced here: an order quoted while the voucher was
    /// valid stays redeemable if the voucher expires or is deactivated before the payment arrives.
    /// </summary>
    /// <exception cref="VoucherNotUsable">With <see cref="VoucherRefusal.UsedUp"/> when the limit is reached.</exception>
    public void Redeem()
    {
        if (IsUsedUp)
        {
            throw new VoucherNotUsable(VoucherRefusal.UsedUp);
        }

        RedemptionCount++;
    }

    private static string ValidCode(string? code)
    {
        var normalized = code is null ? string.Empty : Normalize(code);
        if (!IsWellFormed(normalized))
        {
            throw new VoucherInvalid(
                "code",
                Invariant($"A voucher code must be {MinCodeLength}–{MaxCodeLength} characters of A–Z, 0–9, '-' or '_'."));
        }

        return normalized;
    }

    private static long ValidValue(VoucherType type, long value) => type switch
    {
        VoucherType.Percentage when value is < 1 or > 100 =>
            throw new VoucherInvalid("value", "A percentage voucher must take off between 1 and 100 percent."),
        VoucherType.Fixed when value < 1 =>
            throw new VoucherInvalid("value", "A fixed voucher must take off more than 0 cents."),
        VoucherType.Percentage or VoucherType.Fixed => value,
        VoucherType.Free => 100,
        _ => throw new VoucherInvalid("type", "The voucher type must be percentage, fixed or free."),
    };

    private static string ValidLabel(string? label)
    {
        var trimmed = label?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new VoucherInvalid("label", "A voucher needs a label.");
        }

        if (trimmed.Length > MaxLabelLength)
        {
            throw new VoucherInvalid("label", Invariant($"A voucher label can be at most {MaxLabelLength} characters."));
        }

        if (trimmed.Any(char.IsControl))
        {
            // Printed on receipts and quotes; PostgreSQL refuses a NUL in text outright.
            throw new VoucherInvalid("label", "A voucher label cannot hold control characters.");
        }

        return trimmed;
    }
}
