using CarPulse.Domain.Payments;
using CarPulse.Domain.Reports;

namespace CarPulse.Domain.Orders;

/// <summary>Where the links we give about an order point: the configured public address, else the one the customer paid from, else the seller's website.</summary>
internal static class SiteAddress
{
    public static string Of(OrderSession session, ReportOptions reports, CompanyOptions company) =>
        (reports.PublicBaseUrl ?? session.SiteUrl ?? company.Website).TrimEnd('/');
}
