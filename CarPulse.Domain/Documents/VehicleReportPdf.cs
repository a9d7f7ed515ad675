using CarPulse.Domain.Orders;
using CarPulse.Domain.Pricing;
using CarPulse.Domain.Reports;

namespace CarPulse.Domain.Documents;

/// <summary>
/// What one vehicle's report PDF is made from. <paramref name="ReportDate"/> is printed as it is given (already in the
/// seller's zone, like a receipt's date); <see cref="TimeZone"/> places the report's other times, such as when the data was fetched.
/// </summary>
public sealed record VehicleReportPdf(
    SessionVehicle Vehicle,
    VehicleReport Report,
    string OrderReference,
    PackageName Package,
    DateTimeOffset ReportDate,
    VerificationLink Verification)
{
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;
}
