namespace CarPulse.Domain.Pricing;

/// <summary>A tier table that cannot price every package; <see cref="Problems"/> lists each broken band.</summary>
public sealed class TierTableInvalid(IReadOnlyList<string> problems)
    : DomainException("The tier table is invalid. " + string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>Voucher input an admin must correct; <see cref="Field"/> is the snake_case name of the offending field.</summary>
public sealed class VoucherInvalid(string field, string message) : DomainException(message)
{
    public string Field { get; } = field;
}

/// <summary>A voucher used when it may not be (callers are expected to check <see cref="Voucher.CheckUsable"/> first).</summary>
public sealed class VoucherNotUsable(VoucherRefusal refusal) : DomainException(refusal.Reason())
{
    public VoucherRefusal Refusal { get; } = refusal;
}
