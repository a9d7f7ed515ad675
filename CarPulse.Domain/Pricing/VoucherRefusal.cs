namespace CarPulse.Domain.Pricing;

/// <summary>Why a voucher code cannot be used now.</summary>
public enum VoucherRefusal
{
    /// <summary>No voucher has this code. Decided by whoever looks codes up, never by a <see cref="Voucher"/>.</summary>
    Unknown,
    Inactive,
    NotYetValid,
    Expired,
    UsedUp,
}

public static class VoucherRefusals
{
    public static string Reason(this VoucherRefusal refusal) => refusal switch
    {
        VoucherRefusal.Unknown => "This voucher code is not valid.",
        VoucherRefusal.Inactive => "This voucher is no longer active.",
        VoucherRefusal.NotYetValid => "This voucher is not valid yet.",
        VoucherRefusal.Expired => "This voucher has expired.",
        VoucherRefusal.UsedUp => "This voucher has been fully redeemed.",
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, "Unknown voucher refusal."),
    };
}
