using CarPulse.Domain.Reports;

namespace CarPulse.Domain.Pricing;

/// <summary>What a package contains. Prices live in <see cref="TierTable"/>, not here.</summary>
public sealed record Package(
    PackageName Name,
    string Title,
    IReadOnlyList<string> Features,
    IReadOnlyList<ReportModule> Modules);
