namespace CarPulse.Domain.Pricing;

/// <summary>A tier table that cannot price every package; <see cref="Problems"/> lists each broken band.</summary>
public sealed class TierTableInvalid(IReadOnlyList<string> problems)
    : DomainException("The tier table is invalid. " + string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
